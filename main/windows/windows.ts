// Creates Rapport's two windows with the secure defaults of the Electron checklist: context isolation
// (#3), sandbox (#4), no Node integration (#2), pages from app:// (#18). Each window is a Yjs replica.
import { BrowserWindow, nativeTheme } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN } from './app-protocol';
import { devServerUrl } from './security';
import { windowsSpellcheck } from './spellcheck';
import { DEFAULT_JOURNAL_SIZE, trackBounds, type Rect } from './window-bounds';
import { mt } from '../app/main-i18n';

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
      spellcheck: windowsSpellcheck(), // Windows/Linux download dictionaries: only once chosen (spellcheck.ts)
    },
  });
}

/**
 * `hash` is a place in the journal (e.g. `#/contact/<id>`); empty opens where the window starts. `place`:
 * where it was last (window-bounds.ts keeps it on screen) and how to remember where it goes from the start
 * (a quit during the first load still saves it); without it, the usual size, centred.
 */
export async function openJournalWindow(
  hash = '',
  place?: { bounds: Rect; save: (bounds: Rect) => void },
  created?: (win: BrowserWindow) => void,
): Promise<BrowserWindow> {
  const bounds = place?.bounds ?? DEFAULT_JOURNAL_SIZE;
  const win = secureWindow({ title: mt('window.journal'), ...bounds, minWidth: 640, minHeight: 480 });
  if (place) trackBounds(win, place.save);
  // Before the page loads: a window closed while it is still loading is still a window that closed.
  created?.(win);
  win.once('ready-to-show', () => win.isDestroyed() || win.show());
  try {
    await win.loadURL(pageUrl('journal') + hash);
  } catch (error) {
    if (!win.isDestroyed()) throw error; // closed during the load: nothing failed
  }
  return win;
}

/** Created hidden and not loaded yet: main/quick-note loads it once and shows it when asked. */
export function createQuickNoteWindow(): { win: BrowserWindow; load: () => Promise<void> } {
  const win = secureWindow({
    title: mt('window.quickNote'),
    width: 460,
    height: 340,
    resizable: false,
    minimizable: false,
    maximizable: false,
    alwaysOnTop: true,
    skipTaskbar: true,
  });
  return { win, load: () => win.loadURL(pageUrl('quick-note')) };
}
