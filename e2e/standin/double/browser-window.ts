// BrowserWindow double: each window is a Chromium page in the test process. Options are recorded so a
// spec can check the security settings; lifecycle events follow Electron's order (close → closed).
import { EventEmitter } from 'node:events';
import { isAbsolute } from 'node:path';
import type { WindowPreferences } from '../messages';
import { tell } from './channel';
import { records, warn } from './records';
import { session } from './session';
import { appHooks, electronEvent, requireReady, state } from './state';
import { WebContentsDouble } from './web-contents';

export interface WebPreferencesOptions {
  preload?: string;
  contextIsolation?: boolean;
  sandbox?: boolean;
  nodeIntegration?: boolean;
  webSecurity?: boolean;
  spellcheck?: boolean;
  [other: string]: unknown;
}

export interface BrowserWindowOptions {
  width?: number;
  height?: number;
  x?: number;
  y?: number;
  minWidth?: number;
  minHeight?: number;
  show?: boolean;
  title?: string;
  backgroundColor?: string;
  frame?: boolean;
  alwaysOnTop?: boolean;
  skipTaskbar?: boolean;
  resizable?: boolean;
  webPreferences?: WebPreferencesOptions;
  [other: string]: unknown;
}

interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

let nextWindowId = 1;
const windows = new Map<number, BrowserWindowDouble>();

/** Electron ≥ 20 defaults: isolated, sandboxed (unless Node is integrated), no Node. */
function preferencesOf(id: number, prefs: WebPreferencesOptions): WindowPreferences {
  const nodeIntegration = prefs.nodeIntegration === true;
  return {
    windowId: id,
    url: '',
    contextIsolation: prefs.contextIsolation !== false,
    sandbox: prefs.sandbox ?? !nodeIntegration,
    nodeIntegration,
    webSecurity: prefs.webSecurity !== false,
    preload: prefs.preload ?? null,
    spellcheck: prefs.spellcheck !== false,
  };
}

export class BrowserWindowDouble extends EventEmitter {
  readonly id = nextWindowId++;
  readonly webContents: WebContentsDouble;
  private readonly preferences: WindowPreferences;
  private bounds: Bounds;
  private shown = false;
  /** Every show and hide is kept in the record too, so a spec can see what main did. */
  private get visible(): boolean {
    return this.shown;
  }
  private set visible(value: boolean) {
    this.shown = value;
    if (this.preferences) this.preferences.visible = value; // undefined only while the constructor runs
  }
  private minimized = false;
  private destroyed = false;
  /** The window that had the focus before this one took it: hiding this one gives it back, as the OS does. */
  private focusedBefore: number | null = null;
  private title: string;
  private alwaysOnTop: boolean;

  constructor(options: BrowserWindowOptions = {}) {
    super();
    requireReady('BrowserWindow');
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    this.visible = options.show !== false;
    this.title = options.title ?? 'Rapport';
    this.alwaysOnTop = options.alwaysOnTop === true;
    this.preferences = preferencesOf(this.id, options.webPreferences ?? {});
    this.preferences.visible = this.visible;
    records.windows.push(this.preferences);
    if (this.preferences.spellcheck) session.defaultSession.spellcheckingWindowOpened();
    this.webContents = new WebContentsDouble(this.id, () => this.emit('ready-to-show', electronEvent()));
    windows.set(this.id, this);

    let preloadPath = this.preferences.preload;
    if (preloadPath !== null && !isAbsolute(preloadPath)) {
      warn(`preload path is not absolute and is ignored, as Electron does: ${preloadPath}`);
      preloadPath = null;
    }
    tell('windowCreate', {
      windowId: this.id,
      width: this.bounds.width,
      height: this.bounds.height,
      preloadPath,
      contextIsolation: this.preferences.contextIsolation,
    });
    appHooks.webContentsCreated(this.webContents);
    appHooks.browserWindowCreated(this);
    if (this.visible) {
      this.takeFocus();
      setImmediate(() => this.destroyed || this.emit('show'));
    }
  }

  static getAllWindows(): BrowserWindowDouble[] {
    return [...windows.values()];
  }
  static fromId(id: number): BrowserWindowDouble | null {
    return windows.get(id) ?? null;
  }
  static fromWebContents(webContents: unknown): BrowserWindowDouble | null {
    for (const w of windows.values()) if (w.webContents === webContents) return w;
    return null;
  }
  static getFocusedWindow(): BrowserWindowDouble | null {
    const w = state.focusedWindowId === null ? undefined : windows.get(state.focusedWindowId);
    return w && w.visible && !w.minimized ? w : null;
  }

  loadURL(url: string): Promise<void> {
    this.preferences.url = url;
    return this.webContents.loadURL(url);
  }
  loadFile(
    filePath: string,
    options?: { query?: Record<string, string>; search?: string; hash?: string },
  ): Promise<void> {
    return this.webContents.loadFile(filePath, options);
  }
  reload(): void {
    this.webContents.reload();
  }

  show(): void {
    this.assertAlive();
    const wasVisible = this.visible;
    this.visible = true;
    this.minimized = false;
    this.takeFocus();
    if (!wasVisible) this.emit('show');
  }
  showInactive(): void {
    this.assertAlive();
    if (this.visible) return;
    this.visible = true;
    this.emit('show');
  }
  hide(): void {
    this.assertAlive();
    if (!this.visible) return;
    const hadFocus = state.focusedWindowId === this.id;
    this.visible = false;
    this.loseFocus();
    this.emit('hide');
    const before = this.focusedBefore === null ? undefined : windows.get(this.focusedBefore);
    if (hadFocus && before?.isVisible() && !before.minimized) before.takeFocus();
  }
  focus(): void {
    this.assertAlive();
    this.visible = true;
    this.takeFocus();
  }
  blur(): void {
    this.loseFocus();
  }
  minimize(): void {
    this.minimized = true;
    this.loseFocus();
    this.emit('minimize');
  }
  restore(): void {
    this.minimized = false;
    this.visible = true;
    this.takeFocus();
    this.emit('restore');
  }
  maximize(): void {}
  unmaximize(): void {}
  isMaximized(): boolean {
    return false;
  }
  isFullScreen(): boolean {
    return false;
  }
  setFullScreen(): void {}

  /** Electron: 'close' can be prevented; then 'closed' and the window is gone. */
  close(): void {
    if (this.destroyed) return;
    const event = electronEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.teardown(true);
  }
  destroy(): void {
    this.teardown(true);
  }
  /** The page was closed from the Chromium side (the test closed it, or window.close()). */
  pageClosed(): void {
    if (this.destroyed) return;
    this.emit('close', electronEvent());
    this.teardown(false);
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
  isVisible(): boolean {
    return this.visible && !this.destroyed;
  }
  isFocused(): boolean {
    return state.focusedWindowId === this.id && this.visible;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isAlwaysOnTop(): boolean {
    return this.alwaysOnTop;
  }
  setAlwaysOnTop(flag: boolean): void {
    this.alwaysOnTop = flag;
  }

  getBounds(): Bounds {
    return { ...this.bounds };
  }
  setBounds(bounds: Partial<Bounds>): void {
    this.bounds = { ...this.bounds, ...bounds };
    tell('windowResize', { windowId: this.id, width: this.bounds.width, height: this.bounds.height });
    this.emit('resize');
    this.emit('move');
  }
  getContentBounds(): Bounds {
    return this.getBounds();
  }
  getSize(): [number, number] {
    return [this.bounds.width, this.bounds.height];
  }
  setSize(width: number, height: number): void {
    this.setBounds({ width, height });
  }
  getPosition(): [number, number] {
    return [this.bounds.x, this.bounds.y];
  }
  setPosition(x: number, y: number): void {
    this.setBounds({ x, y });
  }
  center(): void {
    this.setBounds({ x: Math.round((1280 - this.bounds.width) / 2), y: Math.round((800 - this.bounds.height) / 2) });
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setMinimumSize(): void {}
  setMaximumSize(): void {}
  setSkipTaskbar(): void {}
  setMenuBarVisibility(): void {}
  setAutoHideMenuBar(): void {}
  removeMenu(): void {}
  setMenu(): void {}
  setIcon(): void {}
  setProgressBar(): void {}
  flashFrame(): void {}
  setResizable(): void {}
  isResizable(): boolean {
    return true;
  }
  moveTop(): void {}
  setBackgroundColor(): void {}
  setOpacity(): void {}
  setVisibleOnAllWorkspaces(): void {}

  private takeFocus(): void {
    const previous = state.focusedWindowId === null ? undefined : windows.get(state.focusedWindowId);
    if (previous === this) return;
    this.focusedBefore = previous?.id ?? null;
    state.focusedWindowId = this.id;
    previous?.emit('blur');
    this.emit('focus');
    tell('windowFocus', { windowId: this.id });
  }
  private loseFocus(): void {
    if (state.focusedWindowId !== this.id) return;
    state.focusedWindowId = null;
    this.emit('blur');
  }
  private teardown(closePage: boolean): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.loseFocus();
    windows.delete(this.id);
    if (closePage) tell('windowClose', { windowId: this.id });
    this.webContents.markDestroyed();
    this.emit('closed');
    if (windows.size === 0 && !state.quitting) appHooks.allWindowsClosed();
  }
  private assertAlive(): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
  }
}
