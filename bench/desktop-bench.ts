// Desktop start, through the Electron stand-in with the real built main and preload (issue 10): from process
// start until Today, then People's rows, are painted, with the window's replica cache cold and warm; main's RSS
// and the journal window's JS heap once People has painted. Needs `npm run build` (out/main, out/preload, …).
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as Y from 'yjs';
import { JournalFileStore } from '../main/store';
import type { Page } from '@playwright/test';
import type { RapportApp } from '../e2e/fixtures/rapport-app';
import { launchStandin } from '../e2e/standin/launch-standin';
import { percentile } from './stats';

export const LIST_ROW = 'ul[aria-label="People"] > li';
export const TODAY = '[data-today-root] .today-prompt';
/** An empty journal has no rows nor prompt: People and Today are painted when their views (first steps) are. */
const PEOPLE_EMPTY = 'section.people-view';
const TODAY_EMPTY = '[data-today-root]';
const START_TIMEOUT_MS = 600_000;
const MAIN_BUNDLE = resolve(__dirname, '..', 'out', 'main', 'index.js');

/**
 * 'firstPaint': the first paint on screen, by the window's mark (issue 10); 'live': People shown from the
 * journal itself (not the first paint), ready to edit; 'todayHeard': when the bench, outside the page,
 * learned that Today was painted (what this bench reported as "Today painted" before it read the page's
 * own frames).
 */
export type StartScreen = 'firstPaint' | 'people' | 'today' | 'todayHeard' | 'live';

export interface StartFigures {
  coldMs: number;
  warmMs: number;
  /** Main's resident memory (the host process: main's bundle under Node with tsx), once the screen painted. */
  mainRssBytes: number;
  /** The journal window's used JS heap after a forced GC, once the screen painted. */
  windowHeapBytes: number;
  /** Warm: the window's cache load (its own measure), and the longest single piece in it (issue 10). */
  cacheLoadMs: number;
  longestPieceMs: number;
}

/** A data folder holding `update` as main would have written it (a compacted snapshot). */
export async function desktopFolder(update: Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rapport-bench-desktop-'));
  const store = await JournalFileStore.open(dir);
  const doc = store.doc;
  Y.applyUpdate(doc, update);
  await store.compact();
  await store.destroy();
  return dir;
}

/** The stand-in's host is forked by this process; main's code runs in it. */
function hostRss(): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid || !readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('standin/host.ts')) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'));
      return rss ? Number(rss[1]) * 1024 : NaN;
    } catch {
      // the process ended while we looked
    }
  }
  return NaN;
}

/** The journal window, however long main takes to open the journal first (app.firstWindow gives up at 30 s). */
async function journalWindow(app: RapportApp): Promise<Page> {
  const deadline = performance.now() + START_TIMEOUT_MS;
  for (;;) {
    const page = app.windows()[0];
    if (page) return page;
    if (performance.now() > deadline) throw new Error(`no journal window after ${START_TIMEOUT_MS / 1000} s`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

interface OneStart {
  /** The first paint on screen by the window's own clock (NaN when the start had none). */
  firstPaint: number;
  today: number;
  /** When the bench heard that Today was painted: Playwright's look, through a page that may be busy. */
  todayHeard: number;
  people: number;
  live: number;
  rss: number;
  heap: number;
  cacheLoad: number;
  longestPiece: number;
}

let probes = 0;

/**
 * When the frame that first holds `selector` has been painted: the page's own clock (ms since the epoch),
 * read in the first task after that frame's animation-frame callback (style, layout and paint are done by
 * then; a message outranks the cache's background tasks, so the figure does not wait for the piece of the
 * journal being loaded). Playwright's polling and its waits for a busy page are not counted. With
 * `thenHash`, the page goes there at that moment (a user who clicks on at once). Also when the bench heard
 * of it (its own clock), which includes both.
 */
async function paintedAt(
  page: Page,
  selector: string,
  thenHash?: string,
): Promise<{ paintedAt: number; heardAt: number }> {
  const key = `__rapportPainted${++probes}`;
  const handle = await page.waitForFunction(
    ({ selector, thenHash, key }) => {
      const seen = window as unknown as Record<string, number | boolean | undefined>;
      if (typeof seen[key] === 'number') return seen[key];
      if (seen[key] === true || !document.querySelector(selector)) return false;
      seen[key] = true;
      const after = new MessageChannel();
      after.port1.onmessage = () => {
        seen[key] = performance.timeOrigin + performance.now();
        if (thenHash !== undefined) location.hash = thenHash;
      };
      after.port2.postMessage(null);
      return false;
    },
    { selector, thenHash, key },
    { polling: 'raf', timeout: START_TIMEOUT_MS },
  );
  const heardAt = Date.now();
  return { paintedAt: (await handle.jsonValue()) as number, heardAt };
}

/**
 * One start: process start → Today painted (a new window opens on Today), then People — the window goes to
 * People in the very frame Today is painted, so "to People" is the path a user takes who goes to People the
 * moment Today shows — then until People shows the journal itself, ready to edit (after a first paint,
 * issue 10). Times are from the process start to the frame that paints each (see `paintedAt`).
 */
async function startOnce(dataDir: string, cold: boolean, empty: boolean): Promise<OneStart> {
  if (cold) await rm(join(dataDir, '.app-profile'), { recursive: true, force: true, maxRetries: 10 });
  const startedAt = Date.now();
  const app = await launchStandin({ dataDir, mainBundle: MAIN_BUNDLE });
  try {
    const page = await journalWindow(app);
    const today = await paintedAt(page, empty ? TODAY_EMPTY : TODAY, '#/contacts');
    const people = await paintedAt(page, empty ? PEOPLE_EMPTY : LIST_ROW);
    // A first paint is read-only (the window is inert) until the journal's replica has replaced it.
    const live = await paintedAt(page, `.app:not([inert]) ${empty ? PEOPLE_EMPTY : LIST_ROW}`);
    const firstPaint = await page.evaluate((at) => {
      const mark = performance.getEntriesByName('rapport:first-paint')[0];
      return mark ? performance.timeOrigin + mark.startTime - at : NaN;
    }, startedAt);
    const load = await page.evaluate(() => {
      const measure = performance.getEntriesByName('rapport:cache-load')[0] as PerformanceMeasure | undefined;
      const detail = measure?.detail as { longestMs?: number } | undefined;
      return { ms: measure?.duration ?? NaN, longest: detail?.longestMs ?? NaN };
    });
    const rss = hostRss();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    await cdp.detach();
    // A cold window keeps the journal main sent it as pieces in its cache (issue 10) a moment after it is
    // ready; a user's session lasts longer than that, so the next (warm) start finds the cache as it would.
    if (cold && !empty) {
      await page.waitForFunction(() => performance.getEntriesByName('rapport:cache-stored').length > 0, undefined, {
        timeout: START_TIMEOUT_MS,
        polling: 100,
      });
    }
    return {
      firstPaint,
      today: today.paintedAt - startedAt,
      todayHeard: today.heardAt - startedAt,
      people: people.paintedAt - startedAt,
      live: live.paintedAt - startedAt,
      rss,
      heap,
      cacheLoad: load.ms,
      longestPiece: load.longest,
    };
  } finally {
    await app.close();
  }
}

/** One cold start as warm-up, then `runs` pairs of a cold start (no window cache) and a warm one. */
export async function measureStarts(
  dataDir: string,
  runs: number,
  empty = false,
): Promise<Record<StartScreen, StartFigures>> {
  await startOnce(dataDir, true, empty);
  const cold: OneStart[] = [];
  const warm: OneStart[] = [];
  for (let i = 0; i < runs; i++) {
    cold.push(await startOnce(dataDir, true, empty));
    warm.push(await startOnce(dataDir, false, empty));
  }
  const median = (list: OneStart[], key: keyof OneStart): number =>
    percentile(
      list.map((s) => s[key]),
      50,
    );
  const figures = (screen: StartScreen): StartFigures => ({
    coldMs: median(cold, screen),
    warmMs: median(warm, screen),
    mainRssBytes: median(warm, 'rss'),
    windowHeapBytes: median(warm, 'heap'),
    cacheLoadMs: median(warm, 'cacheLoad'),
    longestPieceMs: median(warm, 'longestPiece'),
  });
  return {
    firstPaint: figures('firstPaint'),
    people: figures('people'),
    today: figures('today'),
    todayHeard: figures('todayHeard'),
    live: figures('live'),
  };
}
