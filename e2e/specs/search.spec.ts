// User story: with a growing journal I find anyone and anything from the keyboard — Ctrl+K, a few letters
// without bothering about å, ä, ö, Enter — and run the everyday commands from the same box.
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';
import { search } from '../support/search-ui';
import { reflections } from '../support/reflections-ui';
import { audit } from '../support/audit-ui';

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
  await audit.place(page, 'The search palette with a result');
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

test('the palette runs "New reflection", and a word from a reflection’s text finds it again', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await search.run(page, 'new refl', 'New reflection');
  await expect(page).toHaveURL(/#\/reflection\/[^/]+$/);
  await expect(reflections.body(page)).toBeFocused();
  await page.keyboard.type('The harbour walk with the cartographers stayed with me.');
  await page.getByRole('textbox', { name: 'Title' }).fill('A slow Friday');
  await journal.expectSaved(page);
  const url = page.url();
  await journal.goTo(page, 'People');

  await search.openWithKeys(page);
  await search.type(page, 'cartographer');
  const hit = search.group(page, 'Reflections');
  await expect(hit).toHaveCount(1);
  await expect(hit).toContainText('A slow Friday');
  await expect(hit.locator('mark')).toContainText(['cartographers']);
  await hit.click();
  await expect(page).toHaveURL(url);
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('A slow Friday');

  // Commands open the same forms the screens have.
  await search.run(page, 'new cont', 'New contact');
  await expect(page.getByRole('form', { name: 'New contact' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'New contact' }).getByLabel('Name', { exact: true })).toBeFocused();
  await search.run(page, 'go to goals', 'Go to Goals');
  await expect(page.getByRole('heading', { level: 2, name: 'Goals' })).toBeVisible();
});

test('the People name filter narrows a list that is already filtered by stage', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  for (const name of ['Emma Sjöström', 'Olle Öberg', 'Oskar Oberg']) await journal.addContact(page, { name });
  await journal.goTo(page, 'Pipeline');
  await page.getByRole('button', { name: 'Move Emma Sjöström to Reached out' }).click();
  await page.getByRole('button', { name: 'Move Olle Öberg to Reached out' }).click();
  await journal.goTo(page, 'People');
  await journal.filter(page, 'Stage', 'Reached out');
  await expect(journal.people(page)).toHaveCount(2);

  await page.getByRole('heading', { level: 2, name: 'People' }).click();
  await page.keyboard.press('/');
  const field = page.getByRole('searchbox', { name: 'Filter by name' });
  await expect(field).toBeFocused();
  await page.keyboard.type('oberg');
  await expect(journal.people(page)).toHaveCount(1);
  await expect(journal.person(page, 'Olle Öberg')).toBeVisible();
  await expect(page.getByText('Showing 1 of 3', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(field).toHaveValue('');
  await expect(journal.people(page)).toHaveCount(2);
});

test('the palette speaks Swedish and knows the commands by their English names too', async ({ launch }) => {
  const app = await launch({ env: { RAPPORT_TEST_LOCALE: 'sv-SE' } });
  const page = await app.firstWindow();
  await page.getByRole('navigation', { name: 'Journal' }).getByRole('button', { name: 'Sök' }).click();
  const box = search.box(page, 'Sök');
  await expect(box).toBeFocused();
  await expect(search.group(page, 'Kommandon', 'Sök').first()).toHaveText('Ny kontakt');
  await search.type(page, 'new event', 'Sök');
  await search.expectActive(page, 'Nytt evenemang', 'Sök');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('form', { name: 'Nytt evenemang' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Titel' }).fill('Frukostmöte på Ångström');
  await page.getByRole('button', { name: 'Skapa evenemang' }).click();
  await expect(page).toHaveURL(/#\/event\/[^/]+$/);

  await search.openWithKeys(page, 'Sök');
  await search.type(page, 'angstrom', 'Sök');
  await expect(search.group(page, 'Evenemang', 'Sök')).toContainText(['Frukostmöte på Ångström']);
  await search.type(page, 'qqqxz', 'Sök');
  await expect(search.palette(page, 'Sök')).toContainText('Inget matchar ”qqqxz”.');
});
