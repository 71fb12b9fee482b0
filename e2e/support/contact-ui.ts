// Helper language for the contact page (#/contact/<id>), so the specs read as what the user does there.
import { expect, type Locator, type Page } from '@playwright/test';
import type { NewContact } from './journal-ui';

export const contactPage = {
  /** "New contact" for someone the journal already seems to know: the form warns, and the user adds anyway. */
  async addSecondRecord(page: Page, contact: NewContact & { name: string }): Promise<void> {
    await page.getByRole('button', { name: 'New contact' }).click();
    const form = page.getByRole('form', { name: 'New contact' });
    if (contact.linkedinUrl) await form.getByLabel('LinkedIn URL').fill(contact.linkedinUrl);
    await form.getByLabel('Name', { exact: true }).fill(contact.name);
    if (contact.company) await form.getByLabel('Company').fill(contact.company);
    if (contact.role) await form.getByLabel('Role').fill(contact.role);
    await form.getByRole('button', { name: 'Add anyway' }).click();
    await expect(form).toBeHidden();
  },

  /** From anywhere: the sidebar's People, then the person's name in the list. */
  async openFromPeople(page: Page, name: string): Promise<void> {
    await page.getByRole('navigation', { name: 'Journal' }).getByRole('link', { name: 'People' }).click();
    await page.getByRole('list', { name: 'People' }).getByRole('link', { name, exact: true }).click();
    await expect(contactPage.name(page)).toHaveValue(name);
  },

  name(page: Page): Locator {
    return page.getByRole('textbox', { name: 'Name', exact: true });
  },

  field(page: Page, label: string): Locator {
    return page.getByRole('textbox', { name: label, exact: true });
  },

  /** The stage as the user reads it in the stage menu. */
  stage(page: Page): Locator {
    return page.getByRole('combobox', { name: 'Stage' }).locator('option:checked');
  },

  async addTag(page: Page, tag: string): Promise<void> {
    const field = page.getByRole('textbox', { name: 'Tags' });
    await field.fill(tag);
    await field.press('Enter');
    await expect(contactPage.tags(page).getByText(tag, { exact: true })).toBeVisible();
  },

  tags(page: Page): Locator {
    return page.getByRole('list', { name: 'Tags' });
  },

  /** Types into a rich-text box key by key, so Markdown shortcuts ("- ", "# ") work as for a person. */
  async write(page: Page, box: 'Notes' | 'Message draft', text: string): Promise<void> {
    await page.getByRole('textbox', { name: box }).click();
    await page.keyboard.type(text);
  },

  timeline(page: Page): Locator {
    return page.getByRole('list', { name: 'Interactions' }).getByRole('listitem');
  },
};
