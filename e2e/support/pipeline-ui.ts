// Test language for the pipeline board: columns are lists named after their stage, cards link to people.
import { expect, type Page } from '@playwright/test';

export type StageName = 'Identified' | 'Reached out' | 'In touch' | 'Relationship' | 'Paused' | 'Dormant by choice';

export const pipeline = {
  column(page: Page, stage: StageName) {
    return page.getByRole('list', { name: stage, exact: true });
  },

  /** The region around a column (heading, count, cards): where a card is dropped. */
  region(page: Page, stage: StageName) {
    return page.getByRole('region', { name: stage, exact: true });
  },

  card(page: Page, stage: StageName, name: string) {
    return pipeline
      .column(page, stage)
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name, exact: true }) });
  },

  cardLink(page: Page, stage: StageName, name: string) {
    return pipeline.column(page, stage).getByRole('link', { name, exact: true });
  },

  async expectIn(page: Page, stage: StageName, names: string[]): Promise<void> {
    const links = pipeline.column(page, stage).getByRole('link');
    if (names.length === 0) await expect(links).toHaveCount(0);
    else await expect(links).toHaveText(names);
  },
};
