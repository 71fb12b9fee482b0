// The desktop app's user-data folder, computed without Electron so the CLI finds the same journal:
// Electron's appData (per OS) joined with the product name.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Rapport';

export function appDataDir(
  platform: NodeJS.Platform = process.platform,
  env: Readonly<Record<string, string | undefined>> = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return env.APPDATA ?? join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME !== '' ? env.XDG_CONFIG_HOME : join(home, '.config');
}

export function defaultUserDataDir(): string {
  return join(appDataDir(), PRODUCT_NAME);
}
