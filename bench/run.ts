// `npm run bench`: how Rapport holds up with a large journal (issue 10). Not a test — it prints figures (see
// BENCHMARKS.md for what they mean and the targets). Options:
//   --only data,store,search,screens,desktop,quicknote,sync   which figures (default all seven)
//   --size L            the journal for the data and screen figures (S, L, or a number of people; default L)
//   --sizes S,L         the journals for the store, search and desktop figures (default S,L)
//   --runs N            runs per median, after a warm-up (default 5)
//   --json              print one JSON object on stdout (the tables go to stderr)
//   --node-only         the same as --only data,store,search,sync
//   --web-dir DIR       reuse a browser build; --no-build: reuse out/ for the desktop figures
//   --journal-dir DIR   keep each generated journal there as <size>.bin and reuse it on the next run
//   --only searchkeys   search keystroke → painted alone (--sizes), at 60 Hz and with frames on demand
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { runBrowserBench } from './browser-bench';
import { desktopFolder, measureStarts, type StartFigures, type StartScreen } from './desktop-bench';
import { NAMED_SIZES, describeSize, generateJournal, scaledSize, type JournalSize } from './generate';
import { runNodeBench } from './node-bench';
import { machineInfo, startRows, storeRows } from './report';
import { mb, printTable, time, type Row } from './stats';
import { runStoreBench } from './store-bench';
import { runSearchBench, searchRows } from './search-bench';
import { measureQuickNote, quickNoteRows, type QuickNoteFigures } from './quick-note-bench';
import { runSyncBench, syncRows } from './sync-bench';
import { FRAME_MODES, keysRows, measureSearchKeys, type FrameMode } from './search-keys-bench';

const ROOT = join(__dirname, '..');
const option = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const flag = (name: string): boolean => process.argv.includes(`--${name}`);
const json = flag('json');
const say = (text: string): void => void (json ? process.stderr : process.stdout).write(text);
const table = (title: string, rows: readonly Row[]): void => printTable(title, rows, say);
const sizeOf = (name: string): JournalSize => NAMED_SIZES[name] ?? scaledSize(Number(name));

async function main(): Promise<void> {
  const only = (
    option('only') ??
    (flag('node-only') ? 'data,store,search,sync' : 'data,store,search,screens,desktop,quicknote,sync')
  ).split(',');
  const mainSize = option('size') ?? 'L';
  const sizes = (option('sizes') ?? 'S,L').split(',');
  const runs = Number(option('runs') ?? 5);
  const result: Record<string, unknown> = {
    machine: machineInfo(),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    runs,
    notYet: {},
  };
  const journalFigures: Record<string, unknown> = {};
  result.journals = journalFigures;
  const journals = new Map<string, { update: Uint8Array; size: JournalSize }>();
  const journal = (name: string): { update: Uint8Array; size: JournalSize } => {
    const known = journals.get(name);
    if (known) return known;
    const size = sizeOf(name);
    const cacheDir = option('journal-dir');
    const cached = cacheDir && join(cacheDir, `${name}.bin`);
    if (cached && existsSync(cached)) {
      const update = new Uint8Array(readFileSync(cached));
      say(`Journal ${name}: read from ${cached} — ${mb(update.length)} stored\n`);
      journals.set(name, { update, size });
      return { update, size };
    }
    const built = generateJournal(size);
    const update = Y.encodeStateAsUpdate(built.doc);
    const parts = Object.entries(built.bytesByPart).map(([part, bytes]) => ({ what: part, result: mb(bytes) }));
    table(`Journal ${name}: ${describeSize(size)} — ${mb(update.length)} stored`, parts);
    journalFigures[name] = { size, bytes: update.length, bytesByPart: built.bytesByPart };
    journals.set(name, { update, size });
    if (cached) writeFileSync(cached, update);
    return { update, size };
  };
  say(`Rapport benchmark: ${only.join(', ')}; Node ${process.version}; ${runs} runs per median\n`);

  if (only.includes('data')) {
    const size = sizeOf(mainSize);
    const built = time(() => generateJournal(size));
    const update = journal(mainSize).update;
    const rows = runNodeBench(built.value, size, built.ms, update);
    table(`Data (Node, ${mainSize})`, rows);
    result.data = rows;
  }
  if (only.includes('store')) {
    const store: Record<string, unknown> = {};
    for (const name of sizes) {
      const figures = await runStoreBench(journal(name).update, runs);
      table(`Store (Node, ${name})`, storeRows(name, figures));
      store[name] = figures;
    }
    result.store = store;
  }
  if (only.includes('search')) {
    const search: Record<string, unknown> = {};
    for (const name of sizes) {
      const figures = runSearchBench(journal(name).update, runs);
      table(`Search (Node, ${name})`, searchRows(name, figures));
      search[name] = figures;
    }
    result.search = search;
  }
  if (only.includes('searchkeys')) {
    const reuse = option('web-dir');
    const webDir = reuse ?? (await mkdtemp(join(tmpdir(), 'rapport-bench-web-')));
    try {
      if (!reuse) {
        say('\nBuilding the browser version…\n');
        const args = ['vite', 'build', '-c', 'vite.web.config.mts', '--outDir', webDir, '--emptyOutDir'];
        execFileSync('npx', [...args, '--logLevel', 'warn'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
      }
      const keys: Record<string, unknown> = {};
      for (const name of sizes)
        for (const mode of Object.keys(FRAME_MODES) as FrameMode[]) {
          const figures = await measureSearchKeys(webDir, journal(name).update, runs, mode);
          table(
            `Search keystroke → painted (Chromium, browser build, ${name}, ${mode}; load ${machineInfo().loadAverage.join(' ')})`,
            keysRows(name, mode, figures),
          );
          keys[`${name}, ${mode}`] = { ...figures, loadAverage: machineInfo().loadAverage };
        }
      result.searchKeys = keys;
    } finally {
      if (!reuse) await rm(webDir, { recursive: true, force: true });
    }
  }
  if (only.includes('screens')) {
    const reuse = option('web-dir');
    const webDir = reuse ?? (await mkdtemp(join(tmpdir(), 'rapport-bench-web-')));
    try {
      if (!reuse) {
        say('\nBuilding the browser version…\n');
        const args = ['vite', 'build', '-c', 'vite.web.config.mts', '--outDir', webDir, '--emptyOutDir'];
        execFileSync('npx', [...args, '--logLevel', 'warn'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
      }
      const rows = await runBrowserBench(webDir, journal(mainSize).update);
      table(`Screens (Chromium, browser build, ${mainSize}, 1280×820)`, rows);
      result.screens = rows;
    } finally {
      if (!reuse) await rm(webDir, { recursive: true, force: true });
    }
  }
  if (only.includes('desktop')) {
    if (!flag('no-build')) {
      say('\nBuilding the desktop app (npm run build)…\n');
      execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    }
    const desktop: Record<string, Partial<Record<StartScreen, StartFigures>>> = {};
    for (const name of ['empty', ...sizes]) {
      const dir = await desktopFolder(journal(name).update);
      try {
        const rows: Row[] = [];
        const figures = await measureStarts(dir, runs, name === 'empty');
        desktop[name] = figures;
        for (const screen of ['firstPaint', 'today', 'todayHeard', 'people', 'live'] as const)
          rows.push(...startRows(name, screen, figures[screen], desktop.empty?.[screen], name === 'L'));
        table(`Desktop start (stand-in, real main and preload, ${name})`, rows);
      } finally {
        await rm(dir, { recursive: true, force: true, maxRetries: 10 });
      }
    }
    result.desktop = desktop;
  }
  if (only.includes('quicknote')) {
    if (!flag('no-build') && !only.includes('desktop')) {
      say('\nBuilding the desktop app (npm run build)…\n');
      execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    }
    const quick: Record<string, QuickNoteFigures> = {};
    for (const name of sizes) {
      const dir = await desktopFolder(journal(name).update);
      try {
        quick[name] = await measureQuickNote(dir, runs);
        table(`Quick note (stand-in, real main, preload and page, ${name})`, quickNoteRows(name, quick[name]));
      } finally {
        await rm(dir, { recursive: true, force: true, maxRetries: 10 });
      }
    }
    result.quickNote = quick;
  }
  if (only.includes('sync')) {
    const figures = await runSyncBench(runs);
    table('Sync (Node, loopback: ws, handshake, secure channel, peer session, fsync)', syncRows(figures));
    result.sync = figures;
  }
  (result.machine as { loadAverageAtEnd?: number[] }).loadAverageAtEnd = machineInfo().loadAverage;
  if (json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
