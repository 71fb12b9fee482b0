// A file handed to Rapport on its command line (a double-click on a .rapport file, "Open with", a second
// launch): the one to show in the import preview. Options and their values are never taken for a file.
import { extname, isAbsolute, resolve } from 'node:path';

/** What the import preview reads: Rapport snapshots, vCards, LinkedIn's Connections.csv, JSON exports. */
export const OPENABLE_EXTENSIONS = ['.rapport', '.vcf', '.csv', '.json'] as const;

/** Options followed by a value of their own (`--data-dir DIR`). */
const VALUE_OPTIONS = new Set(['--data-dir']);

export function isOpenableFile(path: string): boolean {
  return (OPENABLE_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

/** The last openable file named in `argv` (absolute, resolved against the launch's `cwd`), if any. */
export function fileToOpen(argv: readonly string[], cwd: string): string | undefined {
  let found: string | undefined;
  for (let i = 1; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (VALUE_OPTIONS.has(arg)) {
      i += 1;
      continue;
    }
    if (arg.startsWith('-')) continue;
    if (isOpenableFile(arg)) found = isAbsolute(arg) ? arg : resolve(cwd, arg);
  }
  return found;
}
