// Today, the start screen, in the small test language of the specs (see ./journal-ui.ts).
import { expect, type Locator, type Page } from '@playwright/test';

export const today = {
  async open(page: Page, name = 'Today'): Promise<void> {
    const link = page.getByRole('navigation', { name: 'Journal' }).getByRole('link', { name, exact: true });
    await link.click();
    await expect(link).toHaveAttribute('aria-current', 'page');
  },

  /** The first-steps guide of a new journal. */
  guide(page: Page): Locator {
    return page.getByRole('region', { name: 'First steps' });
  },

  /** One step of the guide, as the read-only check mark that ticks itself. */
  step(page: Page, title: 'Write one goal' | 'Add three people' | 'Plan one small step'): Locator {
    return today.guide(page).getByRole('checkbox', { name: title });
  },

  /** The items of one of Today's lists ("Next steps", "Keeping in touch", "Coming up"). */
  items(page: Page, section: string): Locator {
    return page.getByRole('list', { name: section }).getByRole('listitem');
  },

  /** The item about one person in a list. */
  item(page: Page, section: string, name: string): Locator {
    return today.items(page, section).filter({ has: page.getByRole('link', { name, exact: true }) });
  },

  /** The local calendar day in the app's page, as the date fields want it (YYYY-MM-DD). */
  async localDay(page: Page, offsetDays = 0): Promise<string> {
    return page.evaluate((offset) => {
      const d = new Date();
      d.setDate(d.getDate() + offset);
      const pad = (n: number): string => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    }, offsetDays);
  },
};
