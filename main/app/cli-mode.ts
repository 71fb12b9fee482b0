// The installed app carries the CLI: `Rapport --cli stats` runs the `rapport` commands inside the app's
// own binary, which works with the runAsNode fuse off (no ELECTRON_RUN_AS_NODE needed).
import type { CliIo } from '../cli/output';
import { argValue } from './data-dir';

/**
 * The CLI's arguments when the app was started with `--cli`, else null. Everything after `--cli` is the
 * CLI's; a `--data-dir` given before it (`Rapport --data-dir ~/J --cli stats`) is passed on too.
 */
export function cliArguments(argv: readonly string[]): string[] | null {
  const at = argv.indexOf('--cli');
  if (at < 0) return null;
  const own = argv.slice(at + 1);
  const dataDir = argValue(argv.slice(0, at), 'data-dir');
  const hasOwnDataDir = own.some((arg) => arg === '--data-dir' || arg.startsWith('--data-dir='));
  return dataDir !== undefined && !hasOwnDataDir ? ['--data-dir', dataDir, ...own] : own;
}

/** Calls `done` once what was written to stdout and stderr has left the process (pipes can be async). */
function flushStdio(done: () => void): void {
  process.stdout.write('', () => process.stderr.write('', done));
}

/** Runs the CLI and ends the process with its exit code, once everything it printed is written out. */
export async function runCliInApp(
  args: readonly string[],
  exit: (code: number) => void,
  io?: CliIo,
  flush: (done: () => void) => void = flushStdio,
): Promise<void> {
  const [{ runCli }, { processIo }] = await Promise.all([import('../cli/index'), import('../cli/output')]);
  const code = await runCli(args, io ?? processIo);
  flush(() => exit(code));
}
