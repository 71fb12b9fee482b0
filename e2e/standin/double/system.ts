// The small OS-facing modules: shell (recorded, never opens anything), clipboard (in memory), screen
// (one 1280×800 display), nativeTheme (follows RAPPORT_TEST_THEME and drives the pages' color scheme),
// net.fetch (file: URLs read from disk), powerMonitor and safeStorage (inert).
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tell } from './channel';
import { records } from './records';

export const shell = {
  async openExternal(url: string): Promise<void> {
    records.openExternal.push(url);
  },
  async openPath(path: string): Promise<string> {
    records.openPath.push(path);
    return '';
  },
  showItemInFolder(path: string): void {
    records.showItemInFolder.push(path);
  },
  async trashItem(): Promise<void> {},
  beep(): void {},
};

let clipboardText = '';
let clipboardHtml = '';
export const clipboard = {
  writeText(text: string): void {
    clipboardText = text;
  },
  readText(): string {
    return clipboardText;
  },
  writeHTML(html: string): void {
    clipboardHtml = html;
  },
  readHTML(): string {
    return clipboardHtml;
  },
  clear(): void {
    clipboardText = '';
    clipboardHtml = '';
  },
};

const DISPLAY = {
  id: 1,
  label: 'Stand-in display',
  bounds: { x: 0, y: 0, width: 1280, height: 800 },
  workArea: { x: 0, y: 0, width: 1280, height: 800 },
  size: { width: 1280, height: 800 },
  workAreaSize: { width: 1280, height: 800 },
  scaleFactor: 1,
  rotation: 0,
  internal: true,
  touchSupport: 'unknown',
};

class ScreenDouble extends EventEmitter {
  getPrimaryDisplay(): typeof DISPLAY {
    return DISPLAY;
  }
  getAllDisplays(): Array<typeof DISPLAY> {
    return [DISPLAY];
  }
  getDisplayNearestPoint(): typeof DISPLAY {
    return DISPLAY;
  }
  getDisplayMatching(): typeof DISPLAY {
    return DISPLAY;
  }
  getCursorScreenPoint(): { x: number; y: number } {
    return { x: 640, y: 400 };
  }
}
export const screen = new ScreenDouble();

type ThemeSource = 'system' | 'light' | 'dark';
class NativeThemeDouble extends EventEmitter {
  private source: ThemeSource = 'system';
  readonly shouldUseHighContrastColors = false;
  readonly shouldUseInvertedColorScheme = false;

  get shouldUseDarkColors(): boolean {
    return this.source === 'dark' || (this.source === 'system' && process.env.RAPPORT_TEST_THEME === 'dark');
  }
  get themeSource(): ThemeSource {
    return this.source;
  }
  /** As in Electron, this changes `prefers-color-scheme` in every page. */
  set themeSource(source: ThemeSource) {
    this.source = source;
    tell('setTheme', { dark: this.shouldUseDarkColors });
    this.emit('updated');
  }
}
export const nativeTheme = new NativeThemeDouble();

const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export const net = {
  online: true,
  isOnline(): boolean {
    return true;
  },
  /** Electron's net.fetch reads file: URLs (the usual body of a protocol.handle); Node's fetch cannot. */
  async fetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('file:')) return fetch(input, init);
    try {
      const path = fileURLToPath(url);
      const body = await readFile(path);
      return new Response(body, {
        headers: { 'content-type': MIME[extname(path).toLowerCase()] ?? 'application/octet-stream' },
      });
    } catch {
      throw new TypeError(`net::ERR_FILE_NOT_FOUND ${url}`);
    }
  },
};

export const powerMonitor = Object.assign(new EventEmitter(), {
  getSystemIdleTime: (): number => 0,
  getSystemIdleState: (): string => 'active',
  isOnBatteryPower: (): boolean => false,
});

/** Not encryption: the stand-in only keeps the round trip so code paths run (see caveats). */
export const safeStorage = {
  isEncryptionAvailable: (): boolean => true,
  encryptString: (text: string): Buffer => Buffer.concat([Buffer.from('standin:'), Buffer.from(text, 'utf8')]),
  decryptString: (data: Buffer): string => {
    const prefix = Buffer.from('standin:');
    if (!data.subarray(0, prefix.length).equals(prefix))
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return data.subarray(prefix.length).toString('utf8');
  },
  getSelectedStorageBackend: (): string => 'basic_text',
};
