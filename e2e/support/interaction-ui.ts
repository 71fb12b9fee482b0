// Helper language for logging interactions and undoing edits, so the specs read as what the user does.
import { expect, type Page } from '@playwright/test';

export interface LoggedInteraction {
  people: string[];
  kind?: string;
  summary: string;
  energy?: string;
}

export const interactions = {
  /** Opens "Log an interaction" with the keyboard from wherever the user is. */
  async openWithKeyboard(page: Page): Promise<void> {
    await page.keyboard.press('ControlOrMeta+Shift+L');
    await expect(page.getByRole('dialog', { name: 'Log an interaction' })).toBeVisible();
  },

  async fillAndSave(page: Page, entry: LoggedInteraction): Promise<void> {
    const dialog = page.getByRole('dialog', { name: 'Log an interaction' });
    const people = dialog.getByRole('combobox', { name: 'With whom' });
    for (const name of entry.people) {
      await people.fill(name);
      await dialog.getByRole('option', { name: new RegExp(name) }).click();
    }
    if (entry.kind) await dialog.getByLabel('Kind').selectOption({ label: entry.kind });
    await dialog.getByLabel('What happened').fill(entry.summary);
    if (entry.energy) await dialog.getByRole('radio', { name: entry.energy }).check();
    await dialog.getByRole('button', { name: 'Log it' }).click();
    await expect(dialog).toBeHidden();
  },

  /** Ctrl/Cmd+Z with the focus outside any text field: undoes the user's last journal edit. */
  async undo(page: Page): Promise<void> {
    await page.locator('body').focus();
    await page.keyboard.press('ControlOrMeta+Z');
  },

  async redo(page: Page): Promise<void> {
    await page.locator('body').focus();
    await page.keyboard.press('ControlOrMeta+Shift+Z');
  },
};
