// User story: I try Rapport in a browser first; my contacts stay in this browser across reloads.
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic, WEB_BUILD_DIR, type StaticServer } from '../support/static-server';
import { journal } from '../support/journal-ui';

let server: StaticServer;

test.beforeAll(async () => {
  if (!existsSync(join(WEB_BUILD_DIR, 'index.html')))
    throw new Error('dist-web/ is missing: run `npm run build` first');
  server = await serveStatic(WEB_BUILD_DIR);
});
test.afterAll(async () => server.close());

test('the browser build keeps a new contact across a reload and says where data lives', async ({ page }) => {
  await page.goto(server.url);
  await expect(page.getByRole('note')).toContainText('Your journal stays in this browser');
  await journal.addContact(page, { name: 'Kenji Watanabe', company: 'Lumen', role: 'Staff Engineer' });
  await expect(journal.people(page)).toHaveCount(1);
  await journal.expectSaved(page);

  await page.reload();
  await expect(journal.people(page)).toHaveCount(1);
  await expect(journal.people(page).first()).toContainText('Kenji Watanabe');
  await expect(journal.people(page).first()).toContainText('Staff Engineer · Lumen');
});
