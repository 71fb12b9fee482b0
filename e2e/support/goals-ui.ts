// A small test language for goals, circles and the trash, so their specs read as user stories.
import { expect, type Page } from '@playwright/test';

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Journal' });
}

export const goals = {
  async open(page: Page): Promise<void> {
    await nav(page).getByRole('link', { name: 'Goals', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Goals', level: 2 })).toBeVisible();
  },

  /** Creates a goal from the Goals list; ends on the new goal's page. */
  async create(page: Page, title: string): Promise<void> {
    await goals.open(page);
    await page.getByRole('button', { name: 'New goal' }).click();
    const form = page.getByRole('form', { name: 'New goal' });
    await form.getByLabel('Title').fill(title);
    await form.getByRole('button', { name: 'Create goal' }).click();
    await expect(page.getByLabel('Goal title')).toHaveValue(title);
  },

  /** Goals in the list of active goals. */
  active(page: Page) {
    return page.getByRole('list', { name: 'Active goals' }).getByRole('listitem');
  },

  async addStep(page: Page, text: string): Promise<void> {
    const form = page.getByRole('form', { name: 'Add step' });
    await form.getByLabel('New step').fill(text);
    await form.getByRole('button', { name: 'Add step' }).click();
    await expect(form.getByLabel('New step')).toHaveValue('');
  },

  /** The plan's step texts, in order. */
  async stepTexts(page: Page): Promise<string[]> {
    const boxes = page.getByRole('list', { name: 'Plan' }).getByRole('textbox', { name: /^Text of step/ });
    return boxes.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
  },

  async linkPerson(page: Page, name: string): Promise<void> {
    const box = page.getByRole('combobox', { name: 'People for this goal' });
    await box.fill(name);
    await page.getByRole('option', { name: new RegExp(name) }).click();
    await expect(page.getByRole('list', { name: 'People for this goal' }).getByRole('link', { name })).toBeVisible();
  },
};

export const circles = {
  async create(page: Page, name: string): Promise<void> {
    await nav(page).getByRole('link', { name: 'Circles', exact: true }).click();
    await page.getByRole('button', { name: 'New circle' }).click();
    const form = page.getByRole('form', { name: 'New circle' });
    await form.getByLabel('Name').fill(name);
    await form.getByRole('button', { name: 'Create circle' }).click();
    await expect(page.getByLabel('Circle name')).toHaveValue(name);
  },

  list(page: Page) {
    return page.getByRole('list', { name: 'Circles' }).getByRole('listitem');
  },
};

export const trashCan = {
  async open(page: Page): Promise<void> {
    await nav(page).getByRole('link', { name: 'Trash', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Trash', level: 2 })).toBeVisible();
  },

  entries(page: Page) {
    return page.getByRole('list', { name: 'Trash' }).getByRole('listitem');
  },

  /** Asks to delete an entry for good and answers the confirmation. */
  async deleteForever(page: Page, title: string, answer: 'Delete forever' | 'Keep it'): Promise<void> {
    await page.getByRole('button', { name: `Delete “${title}” forever` }).click();
    const dialog = page.getByRole('dialog', { name: `Delete “${title}” forever?` });
    await expect(dialog).toContainText('This cannot be undone.');
    await dialog.getByRole('button', { name: answer }).click();
    await expect(dialog).toBeHidden();
  },
};
