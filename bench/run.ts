// `npm run bench`: how Rapport's People list and pipeline board hold up with 10,000 people. Not a test — it
// prints figures (see BENCHMARKS.md for what they mean and the targets). Options: --people N, --interactions N,
// --node-only (skip the browser part), --web-dir DIR (reuse a browser build instead of building one).
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBrowserBench } from './browser-bench';
import { runNodeBench } from './node-bench';
import { printTable } from './stats';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const people = Number(option('people') ?? 10_000);
  const interactions = Number(option('interactions') ?? people * 2);
  process.stdout.write(`Rapport benchmark: ${people} people, ${interactions} interactions, Node ${process.version}\n`);

  const { rows, update } = runNodeBench(people, interactions);
  printTable('Data (Node)', rows);
  if (process.argv.includes('--node-only')) return;

  const reuse = option('web-dir');
  const webDir = reuse ?? (await mkdtemp(join(tmpdir(), 'rapport-bench-web-')));
  try {
    if (!reuse) {
      process.stdout.write('\nBuilding the browser version…\n');
      execFileSync(
        'npx',
        ['vite', 'build', '-c', 'vite.web.config.mts', '--outDir', webDir, '--emptyOutDir', '--logLevel', 'warn'],
        {
          cwd: join(__dirname, '..'),
          stdio: 'inherit',
        },
      );
    }
    printTable('Screens (Chromium, browser build, 1280×820)', await runBrowserBench(webDir, update));
  } finally {
    if (!reuse) await rm(webDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
