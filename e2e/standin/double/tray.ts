// Tray double: remembers the latest live tray so a test can click it or pick a context-menu item.
import { EventEmitter } from 'node:events';
import { provide } from './channel';
import { MenuDouble } from './menu';
import { electronEvent, requireReady } from './state';

const trays: TrayDouble[] = [];

export class TrayDouble extends EventEmitter {
  private contextMenu: MenuDouble | null = null;
  private destroyed = false;
  toolTip = '';
  title = '';

  constructor(readonly image: unknown) {
    super();
    requireReady('Tray');
    trays.push(this);
  }
  setToolTip(toolTip: string): void {
    this.toolTip = toolTip;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setImage(): void {}
  setPressedImage(): void {}
  setIgnoreDoubleClickEvents(): void {}
  setContextMenu(menu: MenuDouble | null): void {
    this.contextMenu = menu;
  }
  getContextMenu(): MenuDouble | null {
    return this.contextMenu;
  }
  popUpContextMenu(): void {}
  closeContextMenu(): void {}
  displayBalloon(): void {}
  getBounds(): { x: number; y: number; width: number; height: number } {
    return { x: 1250, y: 0, width: 24, height: 24 };
  }
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

function liveTray(): TrayDouble {
  const tray = trays.filter((t) => !t.isDestroyed()).at(-1);
  if (!tray) throw new Error('main has not created a Tray (or destroyed it)');
  return tray;
}

function trayMenu(): MenuDouble {
  const menu = liveTray().getContextMenu();
  if (!menu) throw new Error('the tray has no context menu');
  return menu;
}

provide({
  trayClick() {
    liveTray().emit('click', electronEvent(), liveTray().getBounds(), { x: 1260, y: 10 });
  },
  trayMenuItems() {
    return trayMenu().labels();
  },
  trayClickMenuItem({ label }) {
    const menu = trayMenu();
    const item = menu.find(label);
    if (!item) throw new Error(`no tray menu item '${label}'; items: ${menu.labels().join(', ')}`);
    item.click();
  },
  menuAccelerator({ menu, label }) {
    const item = (menu === 'app' ? MenuDouble.getApplicationMenu() : trayMenu())?.find(label);
    if (!item) throw new Error(`no ${menu} menu item '${label}'`);
    return item.accelerator ?? null;
  },
});
