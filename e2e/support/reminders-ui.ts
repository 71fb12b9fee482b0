// The daily reminder and Settings → Reminders, in the small test language of the specs (see ./journal-ui.ts).
import { expect, type Page } from '@playwright/test';
import type { RapportApp } from '../fixtures/rapport-app';
import { journal } from './journal-ui';
import { contactPage } from './contact-ui';

export const remindersUi = {
  /** main's clock for a launch: RAPPORT_TEST_NOW, local time (main/app/test-clock.ts). */
  at(localTime: string): { env: Record<string, string> } {
    return { env: { RAPPORT_TEST_NOW: localTime } };
  },

  async addNextStep(page: Page, name: string, step: string, due: string): Promise<void> {
    await journal.addContact(page, { name });
    await contactPage.openFromPeople(page, name);
    await contactPage.field(page, 'What is the next step?').fill(step);
    await page.getByLabel('By when').fill(due);
    await journal.expectSaved(page);
  },

  /** The notifications main showed, after the window is up and main had a moment to look at what is due. */
  async shownAfterStart(app: RapportApp): Promise<Array<{ title: string; body: string }>> {
    await app.firstWindow();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    return app.notifications();
  },

  async expectOnToday(page: Page): Promise<void> {
    const link = page.getByRole('navigation', { name: 'Journal' }).getByRole('link', { name: 'Today', exact: true });
    await expect(link).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { name: 'Today', level: 2 })).toBeVisible();
  },
};
