// User story: with a growing journal I find anyone and anything from the keyboard — Ctrl+K, a few letters
// without bothering about å, ä, ö, Enter — and run the everyday commands from the same box.
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';
import { search } from '../support/search-ui';

test('Ctrl+K finds a person without typing the accents, and Enter opens their page', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.addContact(page, { name: 'Emma Sjöström', company: 'Ångström Labs' });
  await journal.addContact(page, { name: 'Sjoerd Visser', company: 'Delft Maps' });
  await journal.goTo(page, 'Today');

  await search.openWithKeys(page);
  await search.type(page, 'sjostrom');
  await expect(search.group(page, 'People')).toHaveCount(1);
  const hit = search.group(page, 'People').first();
  await expect(hit).toContainText('Emma Sjöström');
  await expect(hit.locator('mark')).toHaveText('Sjöström');
  await search.expectActive(page, 'Emma Sjöström');
  await page.keyboard.press('Enter');
  await expect(search.palette(page)).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Emma Sjöström' })).toBeVisible();
  expect(new URL(page.url()).hash).toMatch(/^#\/contact\//);

  // Prefixes while typing, arrows to move, Esc to close; the empty palette offers what I opened last.
  await search.openWithKeys(page);
  await expect(search.group(page, 'Recent').first()).toContainText('Emma Sjöström');
  await search.type(page, 'sj');
  await expect(search.group(page, 'People')).toHaveCount(2);
  await page.keyboard.press('ArrowDown');
  await search.expectActive(page, /Sjöström|Visser/);
  await page.keyboard.press('Escape');
  await expect(search.palette(page)).toBeHidden();
});
