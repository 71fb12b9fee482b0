// Turns the store and desktop figures into table rows with the targets (issue 10), and describes the
// machine the figures came from (for BENCHMARKS.md and the JSON object).
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { chromium as playwrightChromium } from '@playwright/test';
import { findBrowserExecutable } from '../e2e/browser';
import type { StartFigures, StartScreen } from './desktop-bench';
import type { StoreFigures } from './store-bench';
import { mb, ms, type Row } from './stats';

export function storeRows(size: string, f: StoreFigures): Row[] {
  return [
    {
      what: `${size}: main opens the store (${mb(f.stateBytes)}) vs bare Y.applyUpdate (${ms(f.open.applyUpdateMs)})`,
      result: `${ms(f.open.storeMs)} · ×${f.open.ratio.toFixed(2)}`,
      target: '≤ ×1.2',
      ok: f.open.ratio <= 1.2,
    },
    {
      what: `${size}:   of which reading the files / checking them (framing, CRC-32)`,
      result: `${ms(f.open.readFilesMs)} / ${ms(f.open.validateMs)}`,
    },
    {
      what: `${size}: durable edit (edit → fsync done) p50 / p95`,
      result: `${ms(f.edit.p50Ms)} / ${ms(f.edit.p95Ms)}`,
      target: 'p95 ≤ 50 ms',
      ok: f.edit.p95Ms <= 50,
    },
    {
      what: `${size}: sustained durable edits, one by one / in a burst (group commit)`,
      result: `${f.edit.oneByOnePerSecond.toFixed(0)}/s / ${f.edit.burstPerSecond.toFixed(0)}/s`,
    },
    {
      what: `${size}: compaction; snapshot on disk vs Y.encodeStateAsUpdate`,
      result: `${ms(f.compaction.ms)} · ×${f.compaction.ratio.toFixed(3)}`,
      target: '≤ ×1.1',
      ok: f.compaction.ratio <= 1.1,
    },
  ];
}

const SCREEN_NAMES: Record<StartScreen, string> = {
  people: 'People rows',
  today: 'Today',
  todayHeard: 'Today painted, as Playwright hears of it',
  live: 'People ready to edit',
  firstPaint: 'first paint on screen (the window’s mark)',
};

export function startRows(
  size: string,
  screen: StartScreen,
  f: StartFigures,
  empty: StartFigures | undefined,
  large: boolean,
): Row[] {
  const beyond = (value: number, base: number | undefined): string =>
    base === undefined ? '' : ` (${value >= base ? '+' : '−'}${ms(Math.abs(value - base))} beyond empty)`;
  const row = (kind: 'cold' | 'warm', value: number, base: number | undefined): Row => ({
    what: `${size}: desktop start → ${SCREEN_NAMES[screen]}${screen === 'today' || screen === 'people' ? ' painted' : ''}, ${kind}`,
    result: `${ms(value)}${beyond(value, base)}`,
    ...(large && base !== undefined && (screen === 'today' || screen === 'people')
      ? { target: '≤ empty + 1 s', ok: value - base <= 1000 }
      : {}),
  });
  const base = (kind: 'coldMs' | 'warmMs'): number | undefined => (empty && size !== 'empty' ? empty[kind] : undefined);
  // A start without a first paint (an empty journal's first, the warm-up) has no mark: no row.
  if (screen === 'firstPaint' && !Number.isFinite(f.coldMs) && !Number.isFinite(f.warmMs)) return [];
  const rows = [row('cold', f.coldMs, base('coldMs')), row('warm', f.warmMs, base('warmMs'))];
  if (screen === 'people')
    rows.push({
      what: `${size}: memory once People painted (warm): main RSS / window JS heap`,
      result: `${mb(f.mainRssBytes)} / ${mb(f.windowHeapBytes)}`,
    });
  if (screen === 'live' && Number.isFinite(f.cacheLoadMs))
    rows.push({
      what: `${size}: warm, the window's cache loading (the copy painted meanwhile) / its longest piece`,
      result: `${ms(f.cacheLoadMs)} / ${ms(f.longestPieceMs)}`,
    });
  return rows;
}

export interface MachineInfo {
  date: string;
  nproc: number;
  cpu: string;
  memoryGB: number;
  node: string;
  chromium: string;
  loadAverage: number[];
}

export function machineInfo(): MachineInfo {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(
      findBrowserExecutable().executablePath ?? playwrightChromium.executablePath(),
      ['--version'],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    ).trim();
  } catch {
    // no Chromium: the screen and desktop figures cannot run either
  }
  return {
    date: new Date().toISOString(),
    nproc: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    chromium,
    loadAverage: loadavg().map((n) => Number(n.toFixed(2))),
  };
}
