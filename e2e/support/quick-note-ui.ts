// The quick-note window in the specs' helper language: open it from the tray, type, Ctrl+Enter, gone.
import type { RapportApp } from '../fixtures/rapport-app';

export const quickNote = {
  /** Captures a note from the tray and waits until the window has closed itself (the note is on disk). */
  async captureFromTray(app: RapportApp, text: string): Promise<void> {
    await app.tray.clickMenuItem('Quick note…');
    const note = await app.waitForWindow('quick-note.html');
    const closed = note.waitForEvent('close');
    const field = note.getByLabel('Quick note');
    await field.fill(text);
    // The window closes itself once the note is on disk, possibly before press() returns.
    await field.press('Control+Enter').catch((error: unknown) => {
      if (!note.isClosed()) throw error;
    });
    await closed;
  },
};
