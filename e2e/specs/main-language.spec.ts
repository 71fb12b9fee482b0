// User story: I switch Rapport to svenska in Settings, and the window, the tray menu, the application menu
// and main's dialogs speak Swedish at once — date fields too, in the Swedish way of writing a day.
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';
import { goals } from '../support/goals-ui';

test('svenska in Settings changes the window, the tray, the menu and the dialogs at once', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await goals.create(page, 'Find a mentor');
  const addStep = page.getByRole('form', { name: 'Add step' });
  await addStep.getByLabel('New step').fill('Write to Maja');
  await addStep.getByLabel('Due date (optional)').fill('2026-11-30');
  await addStep.getByRole('button', { name: 'Add step' }).click();
  await expect(page.getByLabel('Due date for “Write to Maja”')).toHaveValue('30 Nov 2026');

  expect(await app.tray.menuItems()).toEqual(expect.arrayContaining(['Quick note…', 'Open Rapport', 'Quit']));
  expect((await app.recorded()).applicationMenu).toEqual(
    expect.arrayContaining(['File', 'File > Quick note…', 'File > Export > JSON…', 'View']),
  );

  await journal.goTo(page, 'Settings');
  await page.getByLabel('Language', { exact: true }).selectOption({ label: 'svenska' });
  const nav = page.getByRole('navigation', { name: 'Journal' });
  await expect(nav.getByRole('link', { name: 'Idag', exact: true })).toBeVisible();

  await expect
    .poll(() => app.tray.menuItems())
    .toEqual(expect.arrayContaining(['Snabbanteckning…', 'Öppna Rapport', 'Avsluta']));
  const tray = await app.tray.menuItems();
  for (const english of ['Quick note…', 'Open Rapport', 'Quit']) expect(tray).not.toContain(english);
  const menu = (await app.recorded()).applicationMenu;
  expect(menu).toEqual(
    expect.arrayContaining([
      'Arkiv',
      'Arkiv > Snabbanteckning…',
      'Arkiv > Importera…',
      'Arkiv > Exportera > Rapport-ögonblicksbild…',
      'Arkiv > Öppna datamappen',
      'Visa',
    ]),
  );
  for (const english of ['File', 'View', 'File > Quick note…', 'File > Import…']) expect(menu).not.toContain(english);

  // main's own dialogs: the import file dialog is titled in Swedish.
  await app.dialogs.nextOpenDialog({ canceled: true, filePaths: [] });
  await nav.getByRole('link', { name: 'Dina data', exact: true }).click();
  await page
    .getByRole('button', { name: /^Importera/ })
    .first()
    .click();
  await expect
    .poll(async () => (await app.recorded()).dialogs.map((d) => (d.options as { title?: string }).title))
    .toContain('Importera till Rapport');

  // The goal's date field now writes the day the Swedish way.
  await nav.getByRole('link', { name: 'Mål', exact: true }).click();
  await page.getByRole('link', { name: 'Find a mentor' }).first().click();
  await expect(page.getByLabel('Datum för ”Write to Maja”')).toHaveValue('2026-11-30');
});
