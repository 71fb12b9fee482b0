// A small test language for Insights: open it, pick a period, read a chart's sentence and its table.
import { expect, type Locator, type Page } from '@playwright/test';

export const insights = {
  /** Opens Insights from the sidebar (`place` is its name in the window's language). */
  async open(page: Page, place = 'Insights'): Promise<void> {
    const link = page.getByRole('navigation', { name: 'Journal' }).getByRole('link', { name: place, exact: true });
    await link.click();
    await expect(link).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { name: place, level: 2 })).toBeVisible();
  },

  /** One chart's card, by its title. */
  chart(page: Page, title: string): Locator {
    return page.getByRole('main').getByRole('region', { name: title, exact: true });
  },

  /** The sentence that says what the chart shows (the card's first paragraph). */
  sentence(page: Page, title: string): Locator {
    return insights.chart(page, title).getByRole('paragraph').first();
  },

  /** Presses the card's "Show as table" toggle and returns its table. */
  async showTable(page: Page, title: string, toggle = 'Show as table'): Promise<Locator> {
    const card = insights.chart(page, title);
    const button = card.getByRole('button', { name: toggle });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    const table = card.getByRole('table');
    await expect(table).toBeVisible();
    return table;
  },

  /** The table's rows under its header row, each as its cells' text. */
  async rows(table: Locator): Promise<string[][]> {
    return table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')),
      );
  },
};
