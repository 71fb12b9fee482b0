// Hardening applied to every web contents, each rule citing the Electron security checklist
// (electronjs.org/docs/latest/tutorial/security). Windows themselves are created in ./windows.ts.
import { app, session, shell, type WebContents } from 'electron';
import { isHttpUrl } from '@shared/text/urls';
import { APP_ORIGIN } from './app-protocol';

/** The dev server URL when running `electron-vite dev`; never set in a packaged app. */
export function devServerUrl(): string | undefined {
  return !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
}

export function isAppUrl(url: string): boolean {
  if (url.startsWith(`${APP_ORIGIN}/`)) return true;
  const dev = devServerUrl();
  return dev !== undefined && url.startsWith(dev);
}

/** #5 deny permission requests by default — Rapport needs none (notifications are shown by main). */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

/** #13 block navigation, #14 block new windows; http(s) links open in the browser (#15 via shell). */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isHttpUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}
