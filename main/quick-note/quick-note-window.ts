// The one quick-note window: created hidden once the journal window is up, so the tray and the shortcut show
// it at once; closing it (Esc, the close button) only hides it, so a draft is still there next time.
import type { BrowserWindow, WebContents } from 'electron';
import { openQuickNoteWindow } from '../windows/windows';

export class QuickNoteWindow {
  private win: BrowserWindow | undefined;
  private opening: Promise<BrowserWindow> | undefined;
  /** Set while quitting: then a close really closes. */
  private released = false;

  /** The window, created hidden when there is none (a test or the OS may have closed it for real). */
  prepare(): Promise<BrowserWindow> {
    if (this.win && !this.win.isDestroyed()) return Promise.resolve(this.win);
    this.opening ??= openQuickNoteWindow()
      .then((win) => {
        this.win = win;
        win.on('close', (event) => {
          if (this.released) return;
          event.preventDefault();
          win.hide();
        });
        win.on('closed', () => {
          if (this.win === win) this.win = undefined;
        });
        return win;
      })
      .finally(() => (this.opening = undefined));
    return this.opening;
  }

  async show(): Promise<BrowserWindow> {
    const win = await this.prepare();
    win.show();
    win.focus();
    return win;
  }

  /** Hides the window if `sender` is its page (a save from elsewhere leaves windows alone). */
  hideIfSender(sender: WebContents): void {
    if (this.win && !this.win.isDestroyed() && this.win.webContents === sender) this.win.hide();
  }

  /** Quitting: from now on closing the window closes it. */
  release(): void {
    this.released = true;
  }
}
