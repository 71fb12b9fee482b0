// `app` double: readiness, paths (all inside the test's data folder), identity, and Electron's quit
// sequence (before-quit → windows close → will-quit → quit → exit), each step preventable as in Electron.
import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { HostConfig } from '../messages';
import { BrowserWindowDouble } from './browser-window';
import { provide, tell } from './channel';
import { records } from './records';
import { appHooks, electronEvent, state } from './state';

interface PackageInfo {
  appPath: string;
  name: string;
  version: string;
}

/** Name and version as a packaged app (or `electron .`) would report them: from the app's package.json. */
function findPackage(mainBundle: string): PackageInfo {
  for (let dir = dirname(mainBundle); ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as {
        productName?: unknown;
        name?: unknown;
        version?: unknown;
      };
      const name =
        typeof pkg.productName === 'string' ? pkg.productName : typeof pkg.name === 'string' ? pkg.name : 'Electron';
      return { appPath: dir, name, version: typeof pkg.version === 'string' ? pkg.version : '0.0.0' };
    }
    if (dirname(dir) === dir) return { appPath: dirname(mainBundle), name: 'Electron', version: '0.0.0' };
  }
}

const HOME_FOLDERS: Record<string, string> = {
  desktop: 'Desktop',
  documents: 'Documents',
  downloads: 'Downloads',
  music: 'Music',
  pictures: 'Pictures',
  videos: 'Videos',
};

class CommandLineDouble {
  private readonly switches = new Map<string, string>();
  appendSwitch(name: string, value = ''): void {
    this.switches.set(name, value);
  }
  appendArgument(): void {}
  hasSwitch(name: string): boolean {
    return this.switches.has(name);
  }
  getSwitchValue(name: string): string {
    return this.switches.get(name) ?? '';
  }
  removeSwitch(name: string): void {
    this.switches.delete(name);
  }
}

export class AppDouble extends EventEmitter {
  readonly isPackaged = false;
  readonly commandLine = new CommandLineDouble();
  readonly dock = undefined;
  private config: HostConfig | null = null;
  private pkg: PackageInfo = { appPath: process.cwd(), name: 'Electron', version: '0.0.0' };
  private readonly paths = new Map<string, string>();
  private readonly readyPromise: Promise<void>;
  private resolveReady: () => void = () => undefined;
  private loginItem = { openAtLogin: false, openAsHidden: false };

  constructor() {
    super();
    this.readyPromise = new Promise((r) => (this.resolveReady = r));
  }

  /** Stand-in only: called by the host before main's bundle runs. */
  configure(config: HostConfig): void {
    this.config = config;
    this.pkg = findPackage(resolve(config.mainBundle));
  }
  /** Stand-in only: Chromium is up, so Electron would now be ready. */
  markReady(): void {
    state.ready = true;
    this.resolveReady();
    this.emit('ready', electronEvent(), {});
  }

  get name(): string {
    return this.pkg.name;
  }
  set name(value: string) {
    this.pkg.name = value;
  }
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  isReady(): boolean {
    return state.ready;
  }
  getName(): string {
    return this.pkg.name;
  }
  setName(name: string): void {
    this.pkg.name = name;
  }
  getVersion(): string {
    return this.pkg.version;
  }
  getAppPath(): string {
    return this.pkg.appPath;
  }
  getLocale(): string {
    return this.config?.locale ?? 'en-US';
  }
  getSystemLocale(): string {
    return this.getLocale();
  }
  getLocaleCountryCode(): string {
    return this.getLocale().split('-')[1] ?? '';
  }
  getPreferredSystemLanguages(): string[] {
    return [this.getLocale()];
  }

  getPath(name: string): string {
    const set = this.paths.get(name);
    if (set !== undefined) return set;
    const config = this.config;
    if (!config) throw new Error('stand-in app is not configured');
    const home = config.homeDir;
    const folder = HOME_FOLDERS[name];
    if (folder !== undefined) {
      const path = join(home, folder);
      mkdirSync(path, { recursive: true });
      return path;
    }
    switch (name) {
      case 'home':
        return home;
      case 'appData':
        return join(home, '.config');
      case 'userData':
        return config.userDataDir;
      case 'sessionData':
        return this.getPath('userData');
      case 'logs':
        return join(this.getPath('userData'), 'logs');
      case 'crashDumps':
        return join(this.getPath('userData'), 'Crashpad');
      case 'temp':
        return tmpdir();
      case 'exe':
      case 'module':
        return process.execPath;
      case 'recent':
        return join(home, 'Recent');
      default:
        throw new Error(`Failed to get '${name}' path`);
    }
  }
  setPath(name: string, path: string): void {
    this.paths.set(name, path);
  }

  requestSingleInstanceLock(): boolean {
    return true;
  }
  hasSingleInstanceLock(): boolean {
    return true;
  }
  releaseSingleInstanceLock(): void {}
  setAppUserModelId(): void {}
  setLoginItemSettings(settings: { openAtLogin?: boolean; openAsHidden?: boolean }): void {
    this.loginItem = { ...this.loginItem, ...settings };
  }
  getLoginItemSettings(): { openAtLogin: boolean; openAsHidden: boolean; wasOpenedAtLogin: boolean } {
    return { ...this.loginItem, wasOpenedAtLogin: false };
  }
  setAsDefaultProtocolClient(): boolean {
    return false;
  }
  isDefaultProtocolClient(): boolean {
    return false;
  }
  removeAsDefaultProtocolClient(): boolean {
    return false;
  }
  disableHardwareAcceleration(): void {}
  enableSandbox(): void {}
  setBadgeCount(): boolean {
    return true;
  }
  getBadgeCount(): number {
    return 0;
  }
  focus(): void {}
  hide(): void {}
  show(): void {}
  relaunch(): void {
    process.stderr.write('[stand-in] app.relaunch() is recorded only: the stand-in cannot start a new instance\n');
  }

  quit(): void {
    setImmediate(() => this.runQuit());
  }
  /** Electron: closes windows without asking and exits; no before-quit / will-quit. */
  exit(code = 0): never {
    state.quitting = true;
    for (const w of BrowserWindowDouble.getAllWindows()) w.destroy();
    process.exit(code);
  }

  private runQuit(): void {
    if (state.quitting) return;
    const beforeQuit = electronEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    state.quitting = true;
    for (const w of BrowserWindowDouble.getAllWindows()) {
      w.close();
      if (!w.isDestroyed()) {
        state.quitting = false; // a window refused to close: Electron cancels the quit
        return;
      }
    }
    const willQuit = electronEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) {
      state.quitting = false; // main finishes its async cleanup and calls app.exit() / app.quit() itself
      return;
    }
    this.emit('quit', electronEvent(), 0);
    process.exit(0);
  }
}

export const app = new AppDouble();

provide({
  // What Electron does when the app is started again while this instance holds the single-instance lock.
  secondInstance({ args, cwd }) {
    app.emit('second-instance', electronEvent(), [process.execPath, ...process.argv.slice(1, 2), ...args], cwd, {});
  },
});

appHooks.webContentsCreated = (webContents) => app.emit('web-contents-created', electronEvent(), webContents);
appHooks.browserWindowCreated = (window) => app.emit('browser-window-created', electronEvent(), window);
appHooks.allWindowsClosed = () => {
  if (app.listenerCount('window-all-closed') > 0) app.emit('window-all-closed');
  else app.quit();
};

process.on('uncaughtException', (error) => {
  const text = error.stack ?? String(error);
  records.mainErrors.push(text);
  tell('mainError', { message: text });
  process.stderr.write(
    `[stand-in] Uncaught exception in the main process (Electron would show an error dialog):\n${text}\n`,
  );
});
process.on('unhandledRejection', (reason) => {
  const text = reason instanceof Error ? (reason.stack ?? reason.message) : String(reason);
  records.mainErrors.push(text);
  tell('mainError', { message: text });
  process.stderr.write(`[stand-in] Unhandled promise rejection in the main process:\n${text}\n`);
});
