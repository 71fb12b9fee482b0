// The tray: the quickest way in, and what keeps Rapport within reach while the journal window is closed.
// Quick note (with the global shortcut main/shortcuts registered), Open Rapport, the follow-ups due now
// (a click opens that person), a line about sync while it is on, Quit.
import { Menu, nativeImage, nativeTheme, Tray, type MenuItemConstructorOptions } from 'electron';
import type { FollowUp } from '@shared/practice/due-follow-ups';
import type { SyncDevicesInfo } from '@shared/ipc/contract';
import { mt, onMainLanguage } from '../app/main-i18n';
import { followUpLabel } from './follow-up-label';
import { syncLine } from './sync-line';
import { TRAY_ICONS, type TrayIconVariant } from './tray-icon';

export interface TrayActions {
  openJournal: () => void;
  openQuickNote: () => void;
  openContact: (contactId: string) => void;
  quit: () => void;
  /** The quick note's registered global shortcut, shown beside its item (none when the system refused it). */
  quickNoteShortcut: () => string | undefined;
  /** Sync as it stands (main/sync/app-sync.ts); none, or off, leaves the sync line out. */
  syncInfo?: () => SyncDevicesInfo | undefined;
}

export interface TrayHandle {
  /** Rebuilds the menu with these follow-ups (at most five are given). */
  showFollowUps(items: readonly FollowUp[]): void;
  /** Rebuilds the menu (the quick-note shortcut or sync changed). */
  refresh(): void;
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
  const shortcut = actions.quickNoteShortcut();
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
  const sync = syncLine(actions.syncInfo?.());
  return [
    { label: mt('tray.quickNote'), ...(shortcut ? { accelerator: shortcut } : {}), click: actions.openQuickNote },
    { label: mt('tray.openJournal'), click: actions.openJournal },
    ...due,
    ...(sync ? [{ type: 'separator' as const }, { label: menuText(sync), enabled: false }] : []),
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
  return {
    showFollowUps(items) {
      shown = items;
      rebuild();
    },
    refresh: rebuild,
    destroy() {
      stopLanguage();
      nativeTheme.off('updated', onTheme);
      tray.destroy();
    },
  };
}
