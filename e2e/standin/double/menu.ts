// Menu and MenuItem doubles: enough structure for a tray context menu a test can read and click.
import { app } from './app';
import { BrowserWindowDouble } from './browser-window';
import { records } from './records';

type ClickHandler = (menuItem: MenuItemDouble, window: BrowserWindowDouble | undefined, event: object) => void;

export interface MenuItemOptions {
  label?: string;
  role?: string;
  type?: 'normal' | 'separator' | 'submenu' | 'checkbox' | 'radio';
  accelerator?: string;
  click?: ClickHandler;
  submenu?: MenuItemOptions[] | MenuDouble;
  enabled?: boolean;
  visible?: boolean;
  checked?: boolean;
  id?: string;
  sublabel?: string;
  toolTip?: string;
}

export class MenuItemDouble {
  label: string;
  readonly role: string | undefined;
  readonly type: NonNullable<MenuItemOptions['type']>;
  readonly accelerator: string | undefined;
  readonly submenu: MenuDouble | undefined;
  readonly id: string | undefined;
  enabled: boolean;
  visible: boolean;
  checked: boolean;
  private readonly onClick: ClickHandler | undefined;

  constructor(options: MenuItemOptions) {
    this.role = options.role;
    this.label = options.label ?? (options.role ? options.role[0]!.toUpperCase() + options.role.slice(1) : '');
    this.submenu =
      options.submenu instanceof MenuDouble
        ? options.submenu
        : options.submenu
          ? MenuDouble.buildFromTemplate(options.submenu)
          : undefined;
    this.type = options.type ?? (this.submenu ? 'submenu' : 'normal');
    this.accelerator = options.accelerator;
    this.id = options.id;
    this.enabled = options.enabled !== false;
    this.visible = options.visible !== false;
    this.checked = options.checked === true;
    this.onClick = options.click;
  }

  /** What Electron does when the user picks the item. */
  click(): void {
    if (!this.enabled) throw new Error(`menu item '${this.label}' is disabled`);
    if (this.type === 'checkbox') this.checked = !this.checked;
    if (this.type === 'radio') this.checked = true;
    const focused = BrowserWindowDouble.getFocusedWindow() ?? undefined;
    if (this.onClick) this.onClick(this, focused, { shiftKey: false, ctrlKey: false, altKey: false, metaKey: false });
    else if (this.role === 'quit') app.quit();
    else if (this.role === 'close') focused?.close();
  }
}

export class MenuDouble {
  readonly items: MenuItemDouble[] = [];
  private static applicationMenu: MenuDouble | null = null;

  static buildFromTemplate(template: Array<MenuItemOptions | MenuItemDouble>): MenuDouble {
    const menu = new MenuDouble();
    for (const entry of template) menu.append(entry instanceof MenuItemDouble ? entry : new MenuItemDouble(entry));
    return menu;
  }
  static setApplicationMenu(menu: MenuDouble | null): void {
    MenuDouble.applicationMenu = menu;
    records.applicationMenu = menu?.labels() ?? [];
  }
  static getApplicationMenu(): MenuDouble | null {
    return MenuDouble.applicationMenu;
  }

  append(item: MenuItemDouble): void {
    this.items.push(item);
  }
  insert(position: number, item: MenuItemDouble): void {
    this.items.splice(position, 0, item);
  }
  getMenuItemById(id: string): MenuItemDouble | null {
    for (const item of this.items) {
      if (item.id === id) return item;
      const inner = item.submenu?.getMenuItemById(id);
      if (inner) return inner;
    }
    return null;
  }
  popup(): void {}
  closePopup(): void {}

  /** Stand-in only: visible, labelled items, submenu entries as "Parent > Child". */
  labels(prefix = ''): string[] {
    const out: string[] = [];
    for (const item of this.items) {
      if (!item.visible || item.type === 'separator') continue;
      out.push(prefix + item.label);
      if (item.submenu) out.push(...item.submenu.labels(`${prefix}${item.label} > `));
    }
    return out;
  }
  /** Stand-in only: finds "Label" anywhere, or an exact "Parent > Child" path. */
  find(label: string): MenuItemDouble | null {
    const path = label.split(' > ');
    if (path.length > 1) {
      let items = this.items;
      let item: MenuItemDouble | undefined;
      for (const part of path) {
        item = items.find((i) => i.visible && i.label === part);
        items = item?.submenu?.items ?? [];
      }
      return item ?? null;
    }
    for (const item of this.items) {
      if (item.visible && item.type !== 'separator' && item.label === label) return item;
      const inner = item.submenu?.find(label);
      if (inner) return inner;
    }
    return null;
  }
}
