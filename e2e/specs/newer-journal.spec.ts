// User story: I opened my journal with an older Rapport (say, on a second laptop) after a newer one had
// updated it. Rapport shows it calmly, for reading only, tells me why, and does not change my files.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';
import { encodeSnapshot } from '../../main/store/record-log';

/** A journal folder as a newer Rapport (schema 7) would leave it, with one person in it. */
function writeNewerJournal(dataDir: string): void {
  const doc = new Y.Doc();
  const meta = doc.getMap('meta');
  meta.set('journalId', 'j-newer');
  meta.set('epoch', 1);
  meta.set('createdAt', '2026-11-01T09:00:00.000Z');
  meta.set('schemaVersion', 7);
  const person = new Y.Map<unknown>();
  doc.getMap('contacts').set('c-1', person);
  person.set('name', 'Maja Ek');
  person.set('createdAt', '2026-11-01T09:00:00.000Z');
  person.set('updatedAt', '2026-11-01T09:00:00.000Z');
  writeFileSync(join(dataDir, 'journal.snapshot'), encodeSnapshot(Y.encodeStateAsUpdate(doc)));
}

test('a journal from a newer Rapport opens for reading only, and its files stay as they were', async ({
  launch,
  dataDir,
}) => {
  writeNewerJournal(dataDir);
  const before = readFileSync(join(dataDir, 'journal.snapshot'));
  const app = await launch();
  const page = await app.firstWindow();

  const notice = page.getByRole('region', { name: 'This journal is open for reading only' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('written by a newer version of Rapport (schema 7');
  await journal.goTo(page, 'People');
  await expect(journal.person(page, 'Maja Ek')).toBeVisible();
  await journal.expectSaved(page); // opening and reading is not an edit: nothing is "not saved" yet

  await journal.addContact(page, { name: 'Ingrid Sjöberg' });
  await expect(page.getByRole('status').filter({ hasText: /Not saved: .*reading only/ })).toBeVisible();
  await app.close();
  expect(readFileSync(join(dataDir, 'journal.snapshot')).equals(before)).toBe(true);
});
