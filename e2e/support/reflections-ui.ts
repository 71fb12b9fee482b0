// A small test language for reflections: the list, the prompt picker and an entry's page, so specs read as
// "write a reflection from a prompt, say how I feel, link the person it is about".
import { expect, type Locator, type Page } from '@playwright/test';

export const reflections = {
  /** The sidebar's Reflections place. */
  async open(page: Page): Promise<void> {
    await page
      .getByRole('navigation', { name: 'Journal' })
      .getByRole('link', { name: 'Reflections', exact: true })
      .click();
    await expect(page.getByRole('heading', { name: 'Reflections', level: 2 })).toBeVisible();
  },

  /**
   * "New reflection from a prompt", then the first prompt of a group in the picker; ends on the new entry's
   * page. Returns the prompt's text as the picker showed it (the library's wording may improve over time).
   */
  async newFromPrompt(page: Page, group: string): Promise<string> {
    await page.getByRole('button', { name: 'New reflection from a prompt' }).click();
    const picker = page.getByRole('dialog', { name: 'New reflection from a prompt' });
    const prompt = picker.getByRole('list', { name: group, exact: true }).getByRole('button').first();
    const text = (await prompt.textContent()) ?? '';
    await prompt.click();
    await expect(picker).toBeHidden();
    await expect(page).toHaveURL(/#\/reflection\/[^/]+$/);
    return text;
  },

  /** Types into the body key by key, as a person does (Markdown shortcuts work). */
  async write(page: Page, text: string): Promise<void> {
    await reflections.body(page).click();
    await page.keyboard.type(text);
  },

  body(page: Page): Locator {
    return page.getByRole('textbox', { name: 'Reflection', exact: true });
  },

  /** How I feel: one of the five steps ("Drained" … "Energised"), or "Not noted". */
  feeling(page: Page, step: string): Locator {
    return page.getByRole('group', { name: 'How I feel' }).getByRole('radio', { name: step });
  },

  async link(page: Page, picker: 'People' | 'Events' | 'Goals', name: string): Promise<void> {
    await page.getByRole('combobox', { name: picker }).fill(name);
    await page.getByRole('option', { name: new RegExp(name) }).click();
    await expect(page.getByRole('list', { name: picker }).getByRole('link', { name })).toBeVisible();
  },

  /** The rows of the Reflections list. */
  rows(page: Page): Locator {
    return page.getByRole('list', { name: 'Reflections' }).getByRole('listitem');
  },

  /** Picks an option of one of the list's filters (Tag, Prompt group, Person, Event, Goal). */
  async filter(page: Page, label: string, option: string): Promise<void> {
    await page.getByRole('group', { name: 'Filter reflections' }).getByLabel(label).selectOption({ label: option });
  },
};
