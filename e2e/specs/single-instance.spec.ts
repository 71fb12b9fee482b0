// User story: Rapport runs once. Starting it again brings the running journal forward; a file I open with
// Rapport (a .rapport snapshot, a vCard, LinkedIn's Connections.csv) arrives in that window's import preview.
// If I like, it starts when I log in, quietly, in the tray.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';

const fixture = (name: string): string => join(__dirname, '..', '..', 'main', 'cli', 'fixtures', name);

test('a second launch brings back the journal window that was closed to the tray', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await page.close();
  await expect.poll(() => journal.windows(app).length).toBe(0);

  await app.launchAgain([]);
  const again = await app.waitForWindow('index.html');
  await expect(again.getByRole('heading', { name: 'Today', level: 2 })).toBeVisible();
  expect(journal.windows(app)).toHaveLength(1);
});

test('a file given to a second launch opens the import preview in the running window', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.goTo(page, 'People');

  await app.launchAgain([fixture('connections-v1.csv')]);
  const preview = page.getByRole('dialog', { name: 'Import preview' });
  await expect(preview.getByRole('heading', { name: 'Import connections-v1.csv' })).toBeVisible();
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(journal.people(page)).toHaveCount(3);
  expect(journal.windows(app)).toHaveLength(1);
});

test('a file relative to where Rapport was started again opens, even with the window closed', async ({ launch }) => {
  const app = await launch();
  await (await app.firstWindow()).close();
  await expect.poll(() => journal.windows(app).length).toBe(0);

  await app.launchAgain(['connections-v1.csv'], fixture(''));
  const page = await app.waitForWindow('index.html');
  const preview = page.getByRole('dialog', { name: 'Import preview' });
  await expect(preview.getByRole('heading', { name: 'Import connections-v1.csv' })).toBeVisible();
});

test('a file that cannot be read is explained, and the journal stays as it was', async ({ launch, dataDir }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await app.launchAgain([join(dataDir, 'gone', 'Connections.csv')]);
  await expect
    .poll(async () => (await app.recorded()).errorBoxes.map((box) => box.title))
    .toEqual(['Rapport could not open the file']);
  await expect(page.getByRole('dialog', { name: 'Import preview' })).toHaveCount(0);
});

test('Rapport started with a file shows its import preview first', async ({ launch }) => {
  const app = await launch({ args: [fixture('connections-v1.csv')] });
  const page = await app.firstWindow();
  const preview = page.getByRole('dialog', { name: 'Import preview' });
  await expect(preview.getByRole('heading', { name: 'Import connections-v1.csv' })).toBeVisible();
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(preview).toBeHidden();
});

test('started at login, Rapport waits in the tray without a window until it is opened', async ({ launch }) => {
  const app = await launch({ args: ['--hidden'] });
  await expect.poll(() => app.tray.menuItems()).toContain('Open Rapport');
  expect(journal.windows(app)).toHaveLength(0);
  await app.tray.clickMenuItem('Open Rapport');
  await app.waitForWindow('index.html');
});

test('“Start Rapport when I log in” writes the autostart entry on Linux, and removes it again', async ({
  launch,
  dataDir,
}) => {
  test.skip(process.platform !== 'linux', 'the XDG autostart entry is Linux’s way; elsewhere Electron’s login items');
  const app = await launch();
  const page = await app.firstWindow();
  await journal.goTo(page, 'Settings');
  const start = page.getByRole('checkbox', { name: 'Start Rapport when I log in' });
  await expect(start).not.toBeChecked();
  // The stand-in's home (and so Electron's appData, ~/.config) lies inside the test's data folder.
  const entry = join(dataDir, 'home', '.config', 'autostart', 'rapport.desktop');
  expect(existsSync(entry)).toBe(false);

  await start.check();
  await expect.poll(() => existsSync(entry)).toBe(true);
  expect(readFileSync(entry, 'utf8')).toMatch(/^Exec=.* --hidden$/m);
  await start.uncheck();
  await expect.poll(() => existsSync(entry)).toBe(false);
});
