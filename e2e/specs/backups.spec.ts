// User story: I keep my journal safe. I back it up, and when I want yesterday's journal back I restore it
// — exactly, in every open window, and still after a restart. I can also take my journal out as files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';
import { sidebar, yourData } from '../support/data-ui';
import { quickNote } from '../support/quick-note-ui';

test('restoring a backup brings back exactly that journal, in every window and after a restart', async ({
  launch,
  dataDir,
}) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.addContact(page, { name: 'Noor Haddad', company: 'Ljusgården AB' });
  await journal.expectSaved(page);

  await yourData.open(page);
  await yourData.backUpNow(page);
  const mine = yourData.backups(page).filter({ hasText: 'Taken by you' });
  await expect(mine).toHaveCount(1);
  await expect(mine).toContainText(/\d+(\.\d)? KB/);

  await sidebar.go(page, 'People');
  await journal.addContact(page, { name: 'Elias Berg', company: 'Fjord Labs' });
  await expect(journal.people(page)).toHaveCount(2);
  await journal.expectSaved(page);

  // The quick-note window is open during the restore; it holds no replica, main saves its notes.
  const note = await quickNote.openFromTray(app);
  await expect(quickNote.field(note)).toBeVisible();

  await yourData.open(page);
  const before = await page.evaluate(() => window.rapport!.journalInfo());
  const journalReloaded = page.waitForEvent('load');
  await yourData.restore(page, yourData.backups(page).filter({ hasText: 'Taken by you' }));
  await journalReloaded;
  await expect(yourData.message(page)).toContainText('Restored the backup from');
  await expect(yourData.backups(page).filter({ hasText: 'Before a restore' })).toHaveCount(1);
  expect(readdirSync(join(dataDir, 'backups')).some((f) => f.endsWith('-before-restore.rapport'))).toBe(true);
  // A restore is not a merge: a new epoch, and the window's cache of the old one is gone.
  const after = await page.evaluate(() => window.rapport!.journalInfo());
  expect(after).toMatchObject({ journalId: before.journalId, epoch: before.epoch + 1 });
  const caches = (): Promise<Array<string | undefined>> =>
    page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  await expect.poll(caches).toContain(`rapport-${after.journalId}-e${after.epoch}`);
  await expect.poll(caches).not.toContain(`rapport-${before.journalId}-e${before.epoch}`);

  await sidebar.go(page, 'People');
  await expect(journal.people(page)).toHaveCount(1);
  await expect(journal.people(page).first()).toContainText('Noor Haddad');

  // A note written in the quick-note window lands in the restored journal — and brings nothing back.
  await quickNote.field(note).fill('Ask Noor about the design meetup.');
  await quickNote.saveWithKeys(app, note);
  await sidebar.go(page, 'Inbox');
  await expect(page.getByRole('list', { name: 'Inbox' })).toContainText('Ask Noor about the design meetup.');
  await sidebar.go(page, 'People');
  await expect(journal.people(page)).toHaveCount(1);
  await journal.expectSaved(page);
  await app.close();

  const again = await launch();
  const reopened = await again.firstWindow();
  await sidebar.go(reopened, 'People');
  await expect(journal.people(reopened)).toHaveCount(1);
  await expect(journal.people(reopened).first()).toContainText('Noor Haddad');
  await sidebar.go(reopened, 'Inbox');
  await expect(reopened.getByRole('list', { name: 'Inbox' }).getByRole('listitem')).toHaveCount(1);
});

test('exporting writes the journal where I choose: JSON through the save dialog, Markdown into a new folder', async ({
  launch,
  dataDir,
}) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.addContact(page, { name: 'Noor Haddad', company: 'Ljusgården AB', role: 'Design lead' });
  await journal.expectSaved(page);
  await yourData.open(page);

  // Closing the save dialog exports nothing.
  await app.dialogs.nextSaveDialog({ canceled: true });
  await yourData.exportAs(page, 'JSON');
  await expect.poll(async () => (await app.recorded()).dialogs.length).toBe(1);
  await expect(yourData.message(page)).toHaveText('');

  const target = join(dataDir, 'exports', 'my journal.json');
  await app.dialogs.nextSaveDialog({ canceled: false, filePath: target });
  await yourData.exportAs(page, 'JSON');
  await expect(yourData.message(page)).toHaveText(`Exported to ${target}`);
  const json = JSON.parse(readFileSync(target, 'utf8')) as {
    schemaVersion: number;
    contacts: Array<Record<string, unknown>>;
  };
  expect(json.schemaVersion).toBeGreaterThan(0);
  expect(json.contacts).toHaveLength(1);
  expect(json.contacts[0]).toMatchObject({
    name: 'Noor Haddad',
    company: 'Ljusgården AB',
    role: 'Design lead',
    emails: [],
  });
  const saveDialog = (await app.recorded()).dialogs.at(-1);
  expect(saveDialog?.kind).toBe('save');
  expect(JSON.stringify(saveDialog?.options)).toContain('.json');

  await app.dialogs.nextOpenDialog({ canceled: false, filePaths: [dataDir] });
  await yourData.exportAs(page, 'Markdown folder');
  await expect(yourData.message(page)).toContainText(`Exported to ${join(dataDir, 'Rapport ')}`);
  const folder = readdirSync(dataDir).find((name) => name.startsWith('Rapport '));
  expect(folder).toBeDefined();
  expect(existsSync(join(dataDir, folder!, 'contacts', 'Noor Haddad.md'))).toBe(true);
});

test('"Open data folder" shows me the folder where the journal and its backups live', async ({ launch, dataDir }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await yourData.open(page);
  await page.getByRole('button', { name: 'Open data folder' }).click();
  await expect.poll(async () => (await app.recorded()).openPath).toEqual([dataDir]);
});
