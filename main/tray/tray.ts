// The tray: the quickest way in, and what keeps Rapport within reach while the journal window is closed.
// Quick note, Open Rapport, the follow-ups due now (a click opens that person), Quit. The global shortcut
// opens the quick note from anywhere (device-local, so it never syncs to another machine).
import { globalShortcut, Menu, nativeImage, nativeTheme, Tray, type MenuItemConstructorOptions } from 'electron';
import type { FollowUp } from '@shared/practice/due-follow-ups';
import { mt, onMainLanguage } from '../app/main-i18n';
import { followUpLabel } from './follow-up-label';
import { TRAY_ICONS, type TrayIconVariant } from './tray-icon';

export const QUICK_NOTE_SHORTCUT = 'CommandOrControl+Shift+Space';

export interface TrayActions {
  openJournal: () => void;
  openQuickNote: () => void;
  openContact: (contactId: string) => void;
  quit: () => void;
}

export interface TrayHandle {
  /** Rebuilds the menu with these follow-ups (at most five are given). */
  showFollowUps(items: readonly FollowUp[]): void;
  destroy(): void;
}

/** A template image on macOS (the menu bar tints it); elsewhere ink that reads on the panel's colour. */
function iconVariant(): TrayIconVariant {
  if (process.platform === 'darwin') return 'template';
  return nativeTheme.shouldUseDarkColors ? 'dark' : 'light';
}

function trayImage(variant: TrayIconVariant): Electron.NativeImage {
  const image = nativeImage.createFromDataURL(TRAY_ICONS[variant].x1);
  image.addRepresentation({ scaleFactor: 2, dataURL: TRAY_ICONS[variant].x2 });
  if (variant === 'template') image.setTemplateImage(true);
  return image;
}

/** Windows reads "&" in a menu label as an access key; a name like "Ek & Co" must show as written. */
function menuText(text: string): string {
  return process.platform === 'win32' ? text.replace(/&/g, '&&') : text;
}

export function trayMenuTemplate(actions: TrayActions, followUps: readonly FollowUp[]): MenuItemConstructorOptions[] {
  const due: MenuItemConstructorOptions[] =
    followUps.length === 0
      ? []
      : [
          { type: 'separator' },
          { label: mt('tray.followUpsHeading'), enabled: false },
          ...followUps.map((item) => ({
            label: menuText(followUpLabel(item)),
            click: () => actions.openContact(item.contactId),
          })),
        ];
  return [
    { label: mt('tray.quickNote'), accelerator: QUICK_NOTE_SHORTCUT, click: actions.openQuickNote },
    { label: mt('tray.openJournal'), click: actions.openJournal },
    ...due,
    { type: 'separator' },
    { label: mt('tray.quit'), click: actions.quit },
  ];
}

export function createTray(actions: TrayActions): TrayHandle {
  let variant = iconVariant();
  const tray = new Tray(trayImage(variant));
  let shown: readonly FollowUp[] = [];
  const rebuild = (): void => {
    if (tray.isDestroyed()) return;
    tray.setToolTip(mt('tray.toolTip'));
    tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(actions, shown)));
  };
  rebuild();
  const stopLanguage = onMainLanguage(rebuild);
  tray.on('click', actions.openQuickNote);
  const onTheme = (): void => {
    const next = iconVariant();
    if (next === variant || tray.isDestroyed()) return;
    variant = next;
    tray.setImage(trayImage(variant));
  };
  nativeTheme.on('updated', onTheme);
  // A shortcut taken by another app is not an error worth a dialog: the tray still works.
  const registered = globalShortcut.register(QUICK_NOTE_SHORTCUT, actions.openQuickNote);
  if (!registered) console.warn(`Rapport: the shortcut ${QUICK_NOTE_SHORTCUT} is taken by another app.`);
  return {
    showFollowUps(items) {
      shown = items;
      rebuild();
    },
    destroy() {
      stopLanguage();
      nativeTheme.off('updated', onTheme);
      globalShortcut.unregister(QUICK_NOTE_SHORTCUT);
      tray.destroy();
    },
  };
}
