// User story: I close the journal window at the end of the day, and Rapport stays within reach in the tray —
// a quick note still lands in the journal, a follow-up that is due is one click away, and Quit really quits.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';
import { contactPage } from '../support/contact-ui';
import { quickNote } from '../support/quick-note-ui';
import { today } from '../support/today-ui';
import { trayUi } from '../support/tray-ui';

const STILL_HERE = 'Rapport keeps running in the tray';

test('closing the window leaves Rapport in the tray; a quick note still lands in the reopened journal', async ({
  launch,
}) => {
  const app = await launch();
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
  await page.close();

  // Main says so once, calmly, and keeps running.
  await expect.poll(async () => (await trayUi.messageBoxes(app)).map((b) => b.message)).toEqual([STILL_HERE]);
  expect((await trayUi.messageBoxes(app))[0]?.checkboxLabel).toBe('Don’t show again');
  expect(await app.tray.menuItems()).toEqual(['Quick note…', 'Open Rapport', 'Quit']);

  await quickNote.captureFromTray(app, 'Jonas said the meetup moves to Friday');
  await app.tray.clickMenuItem('Open Rapport');
  const again = await app.waitForWindow('index.html');
  // The sidebar counts what waits in the Inbox ("Inbox 1"), so its link is found by the start of its name.
  await again.getByRole('navigation', { name: 'Journal' }).getByRole('link', { name: 'Inbox' }).click();
  await expect(again.getByRole('list', { name: 'Inbox' })).toContainText('Jonas said the meetup moves to Friday');

  // A second close in the same run is quiet.
  await again.close();
  await app.tray.clickMenuItem('Open Rapport');
  await app.waitForWindow('index.html');
  expect(await trayUi.messageBoxes(app)).toHaveLength(1);
});

test('a due follow-up waits in the tray menu, and a click opens that person', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.addContact(page, { name: 'Ana Berg' });
  await contactPage.openFromPeople(page, 'Ana Berg');
  await contactPage.field(page, 'What is the next step?').fill('Send Ana the article');
  await page.getByLabel('By when').fill(await today.localDay(page));
  await journal.expectSaved(page);

  const item = 'Ana Berg — Send Ana the article';
  await expect.poll(() => app.tray.menuItems()).toEqual(['Quick note…', 'Open Rapport', 'Follow up', item, 'Quit']);
  await journal.goTo(page, 'Inbox');
  await app.tray.clickMenuItem(item);
  await expect(contactPage.name(page)).toHaveValue('Ana Berg');

  // With the window closed, the same click opens it on that person.
  await page.close();
  await app.tray.clickMenuItem(item);
  const reopened = await app.waitForWindow('index.html');
  await expect(contactPage.name(reopened)).toHaveValue('Ana Berg');
});

test('Quit in the tray quits, and "Don’t show again" is remembered on this computer', async ({ launch, dataDir }) => {
  const first = await launch();
  await first.dialogs.nextMessageBox(0, true); // the user ticks "Don't show again"
  await (await first.firstWindow()).close();
  await expect.poll(async () => (await trayUi.messageBoxes(first)).length).toBe(1);
  // The answer reaches main a moment after the box was shown; main writes it to this computer's settings.
  await expect.poll(async () => (await trayUi.deviceSettings(first)).trayNoticeDismissed).toBe(true);
  await first.tray.clickMenuItem('Quit');
  await expect.poll(() => trayUi.running(first), { timeout: 20_000 }).toBe(false);

  // The journal's lock was released (a running Rapport would refuse a second one), and the notice stays away.
  const second = await launch({ dataDir });
  await (await second.firstWindow()).close();
  await expect.poll(() => trayUi.running(second)).toBe(true);
  await second.tray.clickMenuItem('Open Rapport');
  await second.waitForWindow('index.html');
  expect(await trayUi.messageBoxes(second)).toEqual([]);
});

test('with the tray setting off, closing the window quits as before', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.goTo(page, 'Settings');
  const keep = page.getByRole('checkbox', { name: 'Keep Rapport in the tray when the window closes' });
  await expect(keep).toBeChecked();
  await keep.uncheck();
  await expect(keep).not.toBeChecked();
  await page.close();
  await expect.poll(() => trayUi.running(app), { timeout: 20_000 }).toBe(false);
  expect(await trayUi.messageBoxes(app).catch(() => [])).toEqual([]);
});

test('a damaged settings file still starts Rapport, with the usual settings, and Settings says so', async ({
  launch,
  dataDir,
}) => {
  const profile = join(dataDir, '.app-profile');
  await mkdir(profile, { recursive: true });
  await writeFile(join(profile, 'device-settings.json'), '{"closeToTray": "maybe"');
  const app = await launch();
  const page = await app.firstWindow();
  await journal.goTo(page, 'Settings');
  await expect(page.getByText('The settings file of this computer was damaged when Rapport started')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Keep Rapport in the tray when the window closes' })).toBeChecked();
});

test('while sync is on, the tray says how it stands; off, the line is gone', async ({ launch }) => {
  const app = await launch({ env: { RAPPORT_SYNC_BIND: '127.0.0.1' } });
  const page = await app.firstWindow();
  expect(await app.tray.menuItems()).toEqual(['Quick note…', 'Open Rapport', 'Quit']);
  await journal.goTo(page, 'Settings');
  const syncing = page.getByRole('region', { name: 'Devices' }).getByLabel('Sync with my paired devices');
  await syncing.check();
  await expect
    .poll(() => app.tray.menuItems())
    .toEqual(['Quick note…', 'Open Rapport', 'Sync: on, no devices paired yet', 'Quit']);
  await syncing.uncheck();
  await expect.poll(() => app.tray.menuItems()).toEqual(['Quick note…', 'Open Rapport', 'Quit']);
});
