// A small test language for the journal window, so specs read as user stories (after Excalidraw's UI helpers).
import { expect, type Page } from '@playwright/test';

export interface NewContact {
  name?: string;
  company?: string;
  role?: string;
  linkedinUrl?: string;
}

export const journal = {
  /** The open journal windows (the quick note's hidden window is always there too, and is not one). */
  windows(app: { windows(): Page[] }): Page[] {
    return app.windows().filter((page) => page.url().includes('index.html'));
  },

  /**
   * Adds a contact through "New contact". When the form says the person may already be in the journal, the
   * helper adds them anyway — a spec that cares about that notice checks it itself (contacts.spec.ts).
   */
  async addContact(page: Page, contact: NewContact): Promise<void> {
    await journal.showPeople(page);
    await page.getByRole('button', { name: 'New contact' }).click();
    const form = page.getByRole('form', { name: 'New contact' });
    if (contact.linkedinUrl) await form.getByLabel('LinkedIn URL').fill(contact.linkedinUrl);
    if (contact.name) await form.getByLabel('Name', { exact: true }).fill(contact.name);
    if (contact.company) await form.getByLabel('Company').fill(contact.company);
    if (contact.role) await form.getByLabel('Role').fill(contact.role);
    // The duplicate notice appears as the fields are filled (each keystroke renders synchronously).
    const anyway = form.getByRole('button', { name: 'Add anyway' });
    if (await anyway.isVisible()) await anyway.click();
    else await form.getByRole('button', { name: 'Add contact' }).click();
    await expect(form).toBeHidden();
  },

  /** Goes to the People list unless it is already shown (a journal window opens on Today). */
  async showPeople(page: Page): Promise<void> {
    if (!new URL(page.url()).hash.startsWith('#/contacts')) await journal.goTo(page, 'People');
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

  /** One person's row in the People list. */
  person(page: Page, name: string) {
    return journal.people(page).filter({ has: page.getByRole('link', { name, exact: true }) });
  },

  async goTo(
    page: Page,
    place:
      | 'People'
      | 'Pipeline'
      | 'Goals'
      | 'Circles'
      | 'Inbox'
      | 'Trash'
      | 'Settings'
      | 'Your data'
      | 'Today'
      | 'Weekly review'
      | 'Reflections'
      | 'Events',
  ): Promise<void> {
    const link = page.getByRole('navigation', { name: 'Journal' }).getByRole('link', { name: place, exact: true });
    await link.click();
    await expect(link).toHaveAttribute('aria-current', 'page');
  },

  /** Picks an option of one of the People filters (Stage, Tag, Goal, Circle, Sort by). */
  async filter(page: Page, label: string, option: string): Promise<void> {
    await page.getByRole('group', { name: 'Filter and sort' }).getByLabel(label).selectOption({ label: option });
  },

  async expectSaved(page: Page): Promise<void> {
    await expect(page.getByRole('status').filter({ hasText: /Saved|Stored in this browser/ })).toBeVisible();
  },
};
