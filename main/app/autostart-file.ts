// Linux has no login-item API (Electron's setLoginItemSettings covers macOS and Windows only): desktops
// start what the XDG autostart folder lists, so "Start Rapport when I log in" writes or removes one entry.
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { replaceFile } from '../store/durable-io';

export const AUTOSTART_FILE = 'rapport.desktop';

/** `<config home>/autostart/rapport.desktop`; config home is $XDG_CONFIG_HOME or ~/.config (Electron's appData). */
export function autostartPath(configHome: string): string {
  return join(configHome, 'autostart', AUTOSTART_FILE);
}

/** Desktop Entry Exec quoting: arguments with spaces or reserved characters in double quotes, escaped. */
function execArg(arg: string): string {
  if (!/[\s"'\\`$<>~|&;*?#()]/.test(arg)) return arg;
  return `"${arg.replace(/(["`$\\])/g, '\\$1')}"`;
}

export function autostartEntry(command: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Rapport',
    'Comment=Starts Rapport in the tray when you log in',
    `Exec=${command.map(execArg).join(' ')}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** Writes the entry (atomically) when `open`, removes it otherwise; a missing entry is already "off". */
export async function setAutostart(configHome: string, open: boolean, command: readonly string[]): Promise<void> {
  const path = autostartPath(configHome);
  if (!open) {
    await rm(path, { force: true });
    return;
  }
  await mkdir(join(configHome, 'autostart'), { recursive: true });
  await replaceFile(path, new TextEncoder().encode(autostartEntry(command)));
}
