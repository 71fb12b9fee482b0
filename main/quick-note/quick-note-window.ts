// The one quick-note window: created hidden once the journal window is up, so the tray and the shortcut show
// it at once; closing it (Esc, the close button) only hides it, so a draft is still there next time.
import type { BrowserWindow, WebContents } from 'electron';
import { createQuickNoteWindow } from '../windows/windows';

export class QuickNoteWindow {
  private win: BrowserWindow | undefined;
  private loading: Promise<BrowserWindow> | undefined;
  private reload: (() => Promise<void>) | undefined;
  /** Set while quitting: then a close really closes. */
  private released = false;

  /**
   * The window, created hidden when there is none (a test or the OS may have closed it for real). A page that
   * failed to load (main was busy past the loader's patience) is loaded again on the next show.
   */
  prepare(): Promise<BrowserWindow> {
    if (this.win && !this.win.isDestroyed() && this.loading) return this.loading;
    const { win, load } = createQuickNoteWindow();
    this.win = win;
    this.reload = undefined;
    win.on('close', (event) => {
      if (this.released) return;
      event.preventDefault();
      win.hide();
    });
    win.on('closed', () => {
      if (this.win === win) this.win = undefined;
    });
    const attempt = (): Promise<BrowserWindow> =>
      load().then(
        () => {
          this.reload = undefined;
          return win;
        },
        (error: unknown) => {
          console.error('Rapport: the quick note could not load', error);
          this.reload = () => attempt().then(() => undefined);
          return win;
        },
      );
    this.loading = attempt();
    return this.loading;
  }

  async show(): Promise<BrowserWindow> {
    const win = await this.prepare();
    if (this.reload) {
      this.loading = this.reload().then(() => win);
      await this.loading;
    }
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
