// session.defaultSession: permission handlers, webRequest listeners and spell-checker settings are kept
// so specs can assert on them; the permission handler can be asked the way Chromium would ask it.
import { EventEmitter } from 'node:events';
import { app } from './app';
import { protocol } from './protocol';
import { records } from './records';
import { requireReady } from './state';

type PermissionRequestHandler =
  ((webContents: unknown, permission: string, callback: (granted: boolean) => void, details: object) => void) | null;
type PermissionCheckHandler =
  ((webContents: unknown, permission: string, origin: string, details: object) => boolean) | null;

/** Where Chromium fetches Hunspell dictionaries unless told otherwise. */
const CHROMIUM_DICTIONARY_CDN = 'https://redirector.gvt1.com/edgedl/chrome/dict/';

class SessionDouble extends EventEmitter {
  readonly protocol = protocol;
  permissionRequestHandler: PermissionRequestHandler = null;
  permissionCheckHandler: PermissionCheckHandler = null;
  private spellCheckerEnabled = true;
  readonly webRequest = {
    // Electron keeps one listener per event: passing null removes it. Recorded, never called (see caveats).
    onHeadersReceived: (...args: unknown[]): void => {
      records.headersReceivedListeners = args.some((a) => typeof a === 'function') ? 1 : 0;
    },
    onBeforeRequest: (..._args: unknown[]): void => undefined,
    onBeforeSendHeaders: (..._args: unknown[]): void => undefined,
  };

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
    records.permissionRequestHandler = handler !== null;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler;
    records.permissionCheckHandler = handler !== null;
  }
  setDevicePermissionHandler(): void {}
  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellCheckerEnabled = enabled;
  }
  isSpellCheckerEnabled(): boolean {
    return this.spellCheckerEnabled;
  }
  setSpellCheckerDictionaryDownloadURL(url: string): void {
    records.dictionaryDownloadUrl = url;
  }
  /**
   * What Chromium does on Windows and Linux when a window spellchecks while the session's checker is on:
   * it fetches the Hunspell dictionary of each language (the OS locale by default) from the download URL
   * (Google's CDN unless main set one). macOS uses the OS's spellchecker and fetches nothing.
   */
  spellcheckingWindowOpened(): void {
    if (process.platform === 'darwin' || !this.spellCheckerEnabled) return;
    const base = records.dictionaryDownloadUrl ?? CHROMIUM_DICTIONARY_CDN;
    const url = new URL(`${app.getLocale()}.bdic`, base).href;
    if (url.startsWith('app:')) return; // the app's own origin: nothing leaves the machine
    if (!records.offOriginRequests.some((r) => r.url === url)) {
      records.offOriginRequests.push({ source: 'spellchecker', url });
    }
  }
  setSpellCheckerLanguages(languages: string[]): void {
    records.spellCheckerLanguages = [...languages];
  }
  getSpellCheckerLanguages(): string[] {
    return records.spellCheckerLanguages ?? [];
  }
  async clearCache(): Promise<void> {}
  async clearStorageData(): Promise<void> {
    process.stderr.write('[stand-in] session.clearStorageData is recorded but does not clear Chromium storage\n');
  }
  async setProxy(): Promise<void> {}
  getUserAgent(): string {
    return 'Rapport (Electron stand-in)';
  }
  setUserAgent(): void {}

  /** Asks main's permission handler the way Chromium would; no handler means Electron's default: grant. */
  async askPermission(webContents: unknown, permission: string): Promise<boolean> {
    const handler = this.permissionRequestHandler;
    if (!handler) return true;
    return new Promise<boolean>((resolve) => handler(webContents, permission, resolve, { requestingUrl: '' }));
  }
}

let defaultSession: SessionDouble | null = null;

export const session = {
  get defaultSession(): SessionDouble {
    requireReady('session.defaultSession');
    defaultSession ??= new SessionDouble();
    return defaultSession;
  },
  fromPartition(): SessionDouble {
    return session.defaultSession;
  },
};
