// User story (issue 10): I open Rapport in the morning and my journal is there at once — Today and my
// people as I left them — while Rapport finishes reading the whole journal; then I work as always. The copy
// is main's (first-paint.bin, written when Rapport closed, removed while it runs); after a crash there is
// none, and a copy older than the journal files is refused (main/journal/first-paint-file.test.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';

const FIRST_PAINT = 'first-paint.bin';

test('the journal as I left it is painted first, then I can work in it and nothing is lost', async ({
  launch,
  dataDir,
}) => {
  const app = await launch();
  const page = await app.firstWindow();
  // The first start has no copy: the journal is opened the usual way.
  await journal.goTo(page, 'People');
  await journal.addContact(page, { name: 'Ingrid Sjöberg', company: 'Fjäll & Co' });
  await journal.expectSaved(page);
  expect(await page.evaluate(() => document.documentElement.dataset.firstPaint)).toBeUndefined();
  await app.close();
  // Main kept a copy when it closed.
  expect(existsSync(join(dataDir, FIRST_PAINT))).toBe(true);

  const again = await launch({ dataDir });
  const page2 = await again.firstWindow();
  await journal.goTo(page2, 'People');
  await expect(journal.person(page2, 'Ingrid Sjöberg')).toBeVisible();
  // This start painted main's copy first; the window is now the journal itself, ready for work.
  expect(await page2.evaluate(() => document.documentElement.dataset.firstPaint)).toBe('shown');
  await expect(page2.locator('.app[inert]')).toHaveCount(0);
  await journal.addContact(page2, { name: 'Olle Berg', company: 'Nord AB' });
  await journal.expectSaved(page2);
  // While Rapport runs there is no copy on disk (it would only grow stale, and could keep a purged name).
  expect(existsSync(join(dataDir, FIRST_PAINT))).toBe(false);
  await again.kill(); // a crash: no copy is written

  const third = await launch({ dataDir });
  const page3 = await third.firstWindow();
  await journal.goTo(page3, 'People');
  await expect(journal.person(page3, 'Olle Berg')).toBeVisible();
  await expect(journal.person(page3, 'Ingrid Sjöberg')).toBeVisible();
  // After a crash there is no copy, and the journal opened the usual way.
  expect(await page3.evaluate(() => document.documentElement.dataset.firstPaint)).toBeUndefined();
  await third.close();
});
