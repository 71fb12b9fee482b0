// The quick note at a journal's size (issue 11): trigger (the tray item) → the window shown with the caret in
// its field, and Ctrl+Enter → the note fsync'd by main and the window hidden. Through the stand-in with the
// real built main, preload and page; the window is made hidden at start, so each run shows the same window.
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { RapportApp } from '../e2e/fixtures/rapport-app';
import { launchStandin } from '../e2e/standin/launch-standin';
import { ms, percentile, type Row } from './stats';
import { TODAY } from './desktop-bench';

/** Opening the journal at L under load takes minutes; one note never should. */
const START_TIMEOUT_MS = 600_000;
const STEP_TIMEOUT_MS = 120_000;
const MAIN_BUNDLE = resolve(__dirname, '..', 'out', 'main', 'index.js');
const FIELD = '#quick-note-text';

export interface QuickNoteFigures {
  shownP50Ms: number;
  shownMaxMs: number;
  savedHiddenP50Ms: number;
  savedHiddenMaxMs: number;
}

async function visible(app: RapportApp): Promise<boolean> {
  const { windows } = await app.recorded();
  return windows.filter((w) => w.url.includes('quick-note.html')).at(-1)?.visible === true;
}

async function until(app: RapportApp, shown: boolean): Promise<void> {
  const deadline = performance.now() + STEP_TIMEOUT_MS;
  while ((await visible(app)) !== shown) {
    if (performance.now() > deadline) throw new Error(`the quick note was not ${shown ? 'shown' : 'hidden'}`);
  }
}

/** A window by its page (app.firstWindow gives up at 30 s; opening the journal at L can take minutes). */
async function page(app: RapportApp, file: string): Promise<Page> {
  const deadline = performance.now() + START_TIMEOUT_MS;
  for (;;) {
    const found = app.windows().find((p) => p.url().includes(file));
    if (found) return found;
    if (performance.now() > deadline) throw new Error(`no window with ${file}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** One show and one save; the note's text is typed between the two, outside both timings. */
async function once(app: RapportApp, note: Page, n: number): Promise<{ shown: number; saved: number }> {
  const start = performance.now();
  await app.tray.clickMenuItem('Quick note…');
  await until(app, true);
  await note.waitForFunction((field) => document.hasFocus() && document.activeElement?.matches(field), FIELD, {
    polling: 'raf',
    timeout: STEP_TIMEOUT_MS,
  });
  const shown = performance.now() - start;
  await note.fill(FIELD, `Bench note ${n}: ask about the design meetup`);
  const typed = performance.now();
  await note.press(FIELD, 'Control+Enter');
  await until(app, false);
  return { shown, saved: performance.now() - typed };
}

/**
 * Starts Rapport on `dataDir` and waits until the journal window has painted Today (Rapport is running, as when
 * it waits in the tray), then a warm-up note and `runs` notes.
 */
export async function measureQuickNote(dataDir: string, runs: number): Promise<QuickNoteFigures> {
  const app = await launchStandin({ dataDir, mainBundle: MAIN_BUNDLE });
  try {
    const journal = await page(app, 'index.html');
    await journal.waitForSelector(TODAY, { timeout: START_TIMEOUT_MS });
    const note = await page(app, 'quick-note.html');
    await note.waitForSelector(FIELD, { timeout: START_TIMEOUT_MS });
    await once(app, note, 0);
    const shown: number[] = [];
    const saved: number[] = [];
    for (let i = 1; i <= runs; i++) {
      const run = await once(app, note, i);
      shown.push(run.shown);
      saved.push(run.saved);
    }
    return {
      shownP50Ms: percentile(shown, 50),
      shownMaxMs: Math.max(...shown),
      savedHiddenP50Ms: percentile(saved, 50),
      savedHiddenMaxMs: Math.max(...saved),
    };
  } catch (error) {
    process.stderr.write(`\n── main process output ──\n${app.logs()}\n`);
    throw error;
  } finally {
    await app.close();
  }
}

export function quickNoteRows(size: string, f: QuickNoteFigures): Row[] {
  return [
    {
      what: `${size}: quick note shown (tray → window shown, caret in the field) p50 / max`,
      result: `${ms(f.shownP50Ms)} / ${ms(f.shownMaxMs)}`,
      target: '< 200 ms',
      ok: f.shownP50Ms < 200,
    },
    {
      what: `${size}: quick note saved and hidden (Ctrl+Enter → fsync'd → hidden) p50 / max`,
      result: `${ms(f.savedHiddenP50Ms)} / ${ms(f.savedHiddenMaxMs)}`,
      target: '< 100 ms',
      ok: f.savedHiddenP50Ms < 100,
    },
  ];
}
