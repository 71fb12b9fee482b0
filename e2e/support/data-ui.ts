// The Your data screen in the small test language of the specs (see ./journal-ui.ts).
import { expect, type Locator, type Page } from '@playwright/test';

export const yourData = {
  async open(page: Page): Promise<void> {
    await page.getByRole('navigation', { name: 'Journal' }).getByRole('link', { name: 'Your data' }).click();
    await expect(page.getByRole('heading', { name: 'Your data', level: 2 })).toBeVisible();
  },

  backups(page: Page): Locator {
    return page.getByRole('list', { name: 'Backups' }).getByRole('listitem');
  },

  async backUpNow(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(yourData.message(page)).toHaveText('Backed up. The new snapshot is at the top of the list.');
  },

  /** Restore → the confirmation → "Restore this backup". The window reloads on the restored journal. */
  async restore(page: Page, backup: Locator): Promise<void> {
    await backup.getByRole('button', { name: /^Restore the backup from / }).click();
    const confirm = page.getByRole('dialog', { name: /^Restore the backup from .+\?$/ });
    await expect(confirm).toContainText('Rapport first backs up the journal as it is now');
    await confirm.getByRole('button', { name: 'Restore this backup' }).click();
  },

  async exportAs(page: Page, format: 'Markdown folder' | 'JSON' | 'vCard' | 'Rapport snapshot'): Promise<void> {
    await page.getByRole('region', { name: 'Export' }).getByRole('button', { name: format, exact: true }).click();
  },

  message(page: Page): Locator {
    return page.getByRole('region', { name: 'Your data' }).getByRole('status');
  },
};

export const sidebar = {
  /** Not an exact name: a place may carry a count ("Inbox 1"). */
  async go(page: Page, place: string): Promise<void> {
    await page.getByRole('navigation', { name: 'Journal' }).getByRole('link', { name: place }).click();
  },
};
