// Where the journal lives: `--data-dir DIR` (or `--data-dir=DIR`) wins, then RAPPORT_DATA_DIR, then
// `<userData>/journal`. Shared by the app and the CLI so both always agree on the folder.
import { isAbsolute, join, resolve } from 'node:path';

export function argValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === `--${name}`) return argv[i + 1];
    if (arg?.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}

export function resolveDataDir(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  userDataDir: string,
): { dir: string; explicit: boolean } {
  const chosen = argValue(argv, 'data-dir') ?? env.RAPPORT_DATA_DIR;
  if (chosen && chosen.trim() !== '') {
    const trimmed = chosen.trim();
    return { dir: isAbsolute(trimmed) ? trimmed : resolve(trimmed), explicit: true };
  }
  return { dir: join(userDataDir, 'journal'), explicit: false };
}
