// "Start Rapport when I log in": macOS and Windows through Electron's login items, Linux through an XDG
// autostart entry. Started that way, Rapport opens in the tray without a window (`--hidden`).
import { app } from 'electron';
import { setAutostart } from './autostart-file';

export const HIDDEN_ARG = '--hidden';

/** Rapport was started at login: stay in the tray (or the Dock) until the user opens the window. */
export function startedHidden(argv: readonly string[]): boolean {
  if (argv.includes(HIDDEN_ARG)) return true;
  return process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin;
}

/** The command that starts this Rapport: the AppImage or binary, plus the app folder when unpackaged. */
function launchCommand(): string[] {
  const exe = process.env.APPIMAGE ?? process.execPath;
  return app.isPackaged ? [exe, HIDDEN_ARG] : [exe, app.getAppPath(), HIDDEN_ARG];
}

export async function applyOpenAtLogin(open: boolean): Promise<void> {
  if (process.platform === 'linux') {
    await setAutostart(app.getPath('appData'), open, launchCommand());
    return;
  }
  app.setLoginItemSettings({ openAtLogin: open, args: [HIDDEN_ARG] });
}
