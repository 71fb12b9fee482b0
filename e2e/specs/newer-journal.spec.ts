// User story: I opened my journal with an older Rapport (say, on a second laptop) after a newer one had
// updated it. Rapport shows it calmly, for reading only, tells me why, and does not change my files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';
import { writeNewerJournal } from '../support/newer-journal';

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
