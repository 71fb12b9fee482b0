// The tray: the quickest way in. "Quick note" opens the small capture window; the global shortcut
// does the same from anywhere (device-local, so it never syncs to another machine).
import { globalShortcut, Menu, nativeImage, Tray } from 'electron';
import { TRAY_ICON_DATA_URL } from './tray-icon';

export const QUICK_NOTE_SHORTCUT = 'CommandOrControl+Shift+Space';

export interface TrayActions {
  openJournal: () => void;
  openQuickNote: () => void;
  quit: () => void;
}

export interface TrayHandle {
  destroy(): void;
}

export function createTray(actions: TrayActions): TrayHandle {
  const tray = new Tray(nativeImage.createFromDataURL(TRAY_ICON_DATA_URL));
  tray.setToolTip('Rapport');
  tray.setContextMenu(
    Menu.buildFromTemplate([
      { label: 'Quick note…', accelerator: QUICK_NOTE_SHORTCUT, click: actions.openQuickNote },
      { label: 'Open Rapport', click: actions.openJournal },
      { type: 'separator' },
      { label: 'Quit Rapport', click: actions.quit },
    ]),
  );
  tray.on('click', actions.openQuickNote);
  // A shortcut taken by another app is not an error worth a dialog: the tray still works.
  const registered = globalShortcut.register(QUICK_NOTE_SHORTCUT, actions.openQuickNote);
  if (!registered) console.warn(`Rapport: the shortcut ${QUICK_NOTE_SHORTCUT} is taken by another app.`);
  return {
    destroy() {
      globalShortcut.unregister(QUICK_NOTE_SHORTCUT);
      tray.destroy();
    },
  };
}
