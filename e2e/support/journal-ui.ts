// A small test language for the journal window, so specs read as user stories (after Excalidraw's UI helpers).
import { expect, type Page } from '@playwright/test';

export interface NewContact {
  name?: string;
  company?: string;
  role?: string;
  linkedinUrl?: string;
}

export const journal = {
  async addContact(page: Page, contact: NewContact): Promise<void> {
    await page.getByRole('button', { name: 'New contact' }).click();
    const form = page.getByRole('form', { name: 'New contact' });
    if (contact.linkedinUrl) await form.getByLabel('LinkedIn URL').fill(contact.linkedinUrl);
    if (contact.name) await form.getByLabel('Name', { exact: true }).fill(contact.name);
    if (contact.company) await form.getByLabel('Company').fill(contact.company);
    if (contact.role) await form.getByLabel('Role').fill(contact.role);
    await form.getByRole('button', { name: 'Add contact' }).click();
    await expect(form).toBeHidden();
  },

  /** Pastes text into a field the way a user does (a real paste event with clipboard data). */
  async paste(page: Page, label: string, text: string): Promise<void> {
    const field = page.getByLabel(label);
    await field.focus();
    await field.evaluate((el, value) => {
      const data = new DataTransfer();
      data.setData('text/plain', value);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  },

  people(page: Page) {
    return page.getByRole('list', { name: 'People' }).getByRole('listitem');
  },

  async expectSaved(page: Page): Promise<void> {
    await expect(page.getByRole('status').filter({ hasText: /Saved|Stored in this browser/ })).toBeVisible();
  },
};
