// User story: trying Rapport in a browser, Settings offers nothing about a tray the browser does not have.
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

test('the browser build has no tray, so Settings has no tray setting', async ({ page }) => {
  await page.goto(server.url);
  await journal.goTo(page, 'Settings');
  await expect(page.getByRole('heading', { name: 'Weekly review' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'On this computer' })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'Keep Rapport in the tray when the window closes' })).toHaveCount(0);
});
