// The `electron` module as the stand-in's main process sees it: the real main bundle runs under Node
// and `require('electron')` returns this (see host.ts). Windows are Chromium pages in the test process.
import { app } from './double/app';
import { BrowserWindowDouble } from './double/browser-window';
import { provide } from './double/channel';
import { dialog } from './double/dialog';
import { globalShortcut } from './double/global-shortcut';
import { ipcMain } from './double/ipc-main';
import { MenuDouble, MenuItemDouble } from './double/menu';
import { nativeImage } from './double/native-image';
import { NotificationDouble } from './double/notification';
import { protocol } from './double/protocol';
import { records } from './double/records';
import { session } from './double/session';
import { clipboard, nativeTheme, net, powerMonitor, safeStorage, screen, shell } from './double/system';
import { TrayDouble } from './double/tray';
import { WebContentsDouble } from './double/web-contents';
import './double/window-bridge';

provide({
  recorded() {
    return records;
  },
  quit() {
    app.quit();
  },
});

export const webContents = {
  getAllWebContents: (): WebContentsDouble[] => WebContentsDouble.getAllWebContents(),
  fromId: (id: number): WebContentsDouble | undefined => WebContentsDouble.fromId(id),
  getFocusedWebContents: (): WebContentsDouble | null => BrowserWindowDouble.getFocusedWindow()?.webContents ?? null,
};

export {
  app,
  BrowserWindowDouble as BrowserWindow,
  clipboard,
  dialog,
  globalShortcut,
  ipcMain,
  MenuDouble as Menu,
  MenuItemDouble as MenuItem,
  nativeImage,
  nativeTheme,
  net,
  NotificationDouble as Notification,
  powerMonitor,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  TrayDouble as Tray,
};

/** For bundles that read `require('electron').default` (an interop helper seeing `__esModule`). */
const electronDouble = {
  app,
  BrowserWindow: BrowserWindowDouble,
  clipboard,
  dialog,
  globalShortcut,
  ipcMain,
  Menu: MenuDouble,
  MenuItem: MenuItemDouble,
  nativeImage,
  nativeTheme,
  net,
  Notification: NotificationDouble,
  powerMonitor,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  Tray: TrayDouble,
  webContents,
};
export default electronDouble;
