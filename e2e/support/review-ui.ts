// A small test language for the weekly review (#/review) and the little setup its stories need — a
// keep-in-touch rhythm, an interaction on a chosen day — so the spec reads as what the user does.
import { expect, type Page } from '@playwright/test';
import { contactPage } from './contact-ui';
import { journal } from './journal-ui';

export interface DatedInteraction {
  person: string;
  /** YYYY-MM-DD */
  date: string;
  kind: string;
  summary: string;
}

/** The local calendar day `days` from now (negative: in the past), as the date field wants it. */
export function dayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export const review = {
  /** On the person's page: keep in touch ideally every `ideal` days, at the latest after `max`. */
  async keepInTouch(page: Page, name: string, ideal: number, max: number): Promise<void> {
    await contactPage.openFromPeople(page, name);
    await page.getByLabel('Ideally every … days').fill(String(ideal));
    await page.getByLabel('At the latest after … days').fill(String(max));
    await journal.expectSaved(page);
  },

  /** "Log an interaction" (Ctrl/Cmd+Shift+L) on a chosen day. */
  async logOn(page: Page, entry: DatedInteraction): Promise<void> {
    await page.keyboard.press('ControlOrMeta+Shift+L');
    const dialog = page.getByRole('dialog', { name: 'Log an interaction' });
    await dialog.getByRole('combobox', { name: 'With whom' }).fill(entry.person);
    await dialog.getByRole('option', { name: new RegExp(entry.person) }).click();
    await dialog.getByLabel('Date').fill(entry.date);
    await dialog.getByLabel('Kind').selectOption({ label: entry.kind });
    await dialog.getByLabel('What happened').fill(entry.summary);
    await dialog.getByRole('button', { name: 'Log it' }).click();
    await expect(dialog).toBeHidden();
  },

  async open(page: Page): Promise<void> {
    await journal.goTo(page, 'Weekly review');
    await expect(page.getByRole('heading', { name: 'Weekly review', level: 2 })).toBeVisible();
  },

  /** The step the review shows: "Step n of 5" and the step's heading. */
  async expectStep(page: Page, n: number, title: string): Promise<void> {
    await expect(page.getByText(`Step ${n} of 5`, { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: title, level: 3 })).toBeVisible();
    const steps = page.getByRole('navigation', { name: 'Steps of the review' });
    await expect(steps.getByRole('button', { name: title })).toHaveAttribute('aria-current', 'step');
  },

  async next(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Next', exact: true }).click();
  },

  /** One figure of "The week in numbers", e.g. figure(page, 'Interactions'). */
  figure(page: Page, label: string) {
    const term = page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) });
    return page.locator('.review-figure').filter({ has: term }).getByRole('definition');
  },

  quietPerson(page: Page, name: string) {
    return page
      .getByRole('list', { name: 'People who went quiet' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name, exact: true }) });
  },

  async pickPersonForGoal(page: Page, goal: string, name: string): Promise<void> {
    const label = `Pick one person for “${goal}”`;
    await page.getByRole('combobox', { name: label }).fill(name);
    await page.getByRole('option', { name: new RegExp(name) }).click();
    await expect(page.getByRole('list', { name: label }).getByRole('link', { name })).toBeVisible();
  },
};
