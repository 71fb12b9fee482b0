// User story: I add someone by mistake; Ctrl/Cmd+Z takes it back, and Shift+Ctrl/Cmd+Z brings it again.
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';
import { interactions } from '../support/interaction-ui';
import { quickNote } from '../support/quick-note-ui';

test('undo and redo my own edit from the keyboard', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.addContact(page, { name: 'Kept Person', company: 'Lumen' });
  await expect(journal.people(page)).toHaveCount(1);
  await page.waitForTimeout(700); // a separate undo step from the next edit (edits within 600 ms group)
  await journal.addContact(page, { name: 'Added By Mistake' });
  await expect(journal.people(page)).toHaveCount(2);

  await interactions.undo(page);
  await expect(page.getByRole('status').filter({ hasText: 'Undone' })).toBeVisible();
  await expect(journal.people(page)).toHaveCount(1);
  await expect(journal.people(page).first()).toContainText('Kept Person');

  await interactions.redo(page);
  await expect(journal.people(page)).toHaveCount(2);
  await interactions.undo(page);
  await expect(journal.people(page)).toHaveCount(1);
  await journal.expectSaved(page);
  await app.close();

  // The undone state is what was stored.
  const again = await launch();
  const page2 = await again.firstWindow();
  await journal.goTo(page2, 'People');
  await expect(journal.people(page2)).toHaveCount(1);
  await expect(journal.people(page2).first()).toContainText('Kept Person');
});

test('undo never takes back an edit made in another window', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await page.getByRole('navigation', { name: 'Journal' }).getByRole('link', { name: 'Inbox' }).click();
  await quickNote.captureFromTray(app, 'Ask Sam about the mentoring circle');
  const inbox = page.getByRole('list', { name: 'Inbox' });
  await expect(inbox.getByRole('listitem')).toHaveCount(1);

  await interactions.undo(page);
  await expect(page.getByRole('status').filter({ hasText: 'Nothing to undo' })).toBeVisible();
  await expect(inbox.getByRole('listitem')).toHaveCount(1);
});
