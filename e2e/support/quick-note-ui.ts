// The quick-note window in the specs' helper language: open it from the tray or the shortcut, type,
// Ctrl+Enter, hidden. The window lives hidden from the start; main shows and hides it.
import { expect, type Page } from '@playwright/test';
import type { RapportApp } from '../fixtures/rapport-app';

/** Whether main has the quick-note window shown right now (the stand-in records show() and hide()). */
async function shown(app: RapportApp): Promise<boolean> {
  const { windows } = await app.recorded();
  const note = windows.filter((w) => w.url.includes('quick-note.html')).at(-1);
  return note?.visible === true;
}

export const quickNote = {
  shown,

  /** Tray → Quick note…: waits until main shows the window, and gives its page. */
  async openFromTray(app: RapportApp): Promise<Page> {
    await app.tray.clickMenuItem('Quick note…');
    await expect.poll(() => shown(app)).toBe(true);
    return app.waitForWindow('quick-note.html');
  },

  field(note: Page) {
    return note.getByRole('textbox', { name: 'Quick note' });
  },

  /** "About whom?": the person field, whose suggestions main gives. */
  people(note: Page) {
    return note.getByRole('combobox', { name: 'About whom?' });
  },

  /** Ctrl+Enter, then waits until main has the note on disk and has hidden the window. */
  async saveWithKeys(app: RapportApp, note: Page): Promise<void> {
    await quickNote.field(note).press('Control+Enter');
    await expect.poll(() => shown(app)).toBe(false);
  },

  /** Captures a note from the tray; returns once the window is hidden (the note is on disk) and empty again. */
  async captureFromTray(app: RapportApp, text: string): Promise<void> {
    const note = await quickNote.openFromTray(app);
    await quickNote.field(note).fill(text);
    await quickNote.saveWithKeys(app, note);
    await expect(quickNote.field(note)).toHaveValue('');
  },
};
