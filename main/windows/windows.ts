// Creates Rapport's two windows with the secure defaults of the Electron checklist: context isolation
// (#3), sandbox (#4), no Node integration (#2), pages from app:// (#18). Each window is a Yjs replica.
import { BrowserWindow, nativeTheme } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN } from './app-protocol';
import { devServerUrl } from './security';
import { spellcheckUsesOs } from './spellcheck';

export type WindowKind = 'journal' | 'quick-note';

const PAGES: Record<WindowKind, string> = { journal: 'index.html', 'quick-note': 'quick-note.html' };

function pageUrl(kind: WindowKind): string {
  const dev = devServerUrl();
  return dev ? `${dev.replace(/\/$/, '')}/${PAGES[kind]}` : `${APP_ORIGIN}/${PAGES[kind]}`;
}

function secureWindow(options: Electron.BrowserWindowConstructorOptions): BrowserWindow {
  return new BrowserWindow({
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1d1f21' : '#f7f6f3',
    ...options,
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: spellcheckUsesOs(), // Windows/Linux would download dictionaries: see spellcheck.ts
    },
  });
}

/** `hash` is a place in the journal (e.g. `#/contact/<id>`); empty opens where the window starts. */
export async function openJournalWindow(hash = ''): Promise<BrowserWindow> {
  const win = secureWindow({ title: 'Rapport', width: 1100, height: 760, minWidth: 640, minHeight: 480 });
  win.once('ready-to-show', () => win.show());
  await win.loadURL(pageUrl('journal') + hash);
  return win;
}

/** Created hidden and not loaded yet: main/quick-note loads it once and shows it when asked. */
export function createQuickNoteWindow(): { win: BrowserWindow; load: () => Promise<void> } {
  const win = secureWindow({
    title: 'Rapport — Quick note',
    width: 460,
    height: 260,
    resizable: false,
    minimizable: false,
    maximizable: false,
    alwaysOnTop: true,
    skipTaskbar: true,
  });
  return { win, load: () => win.loadURL(pageUrl('quick-note')) };
}
