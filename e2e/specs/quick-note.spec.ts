// User story: a thought about someone comes up mid-day; I capture it from the tray without opening the journal.
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';
import { contactPage } from '../support/contact-ui';
import { interactions } from '../support/interaction-ui';
import { quickNote } from '../support/quick-note-ui';
import { inbox } from '../support/inbox-ui';
import { writeNewerJournal } from '../support/newer-journal';

test('a quick note from the tray lands in the journal inbox', async ({ launch }) => {
  const app = await launch();
  const journalPage = await app.firstWindow();
  await journalPage.getByRole('navigation', { name: 'Journal' }).getByRole('link', { name: 'Inbox' }).click();
  await expect(journalPage.getByText('Quick notes you capture from the tray land here.')).toBeVisible();
  // The window is made at start, hidden, so the tray shows it at once.
  await app.waitForWindow('quick-note.html');
  expect(await quickNote.shown(app)).toBe(false);

  await quickNote.captureFromTray(app, 'Maria mentioned the design meetup on Thursday — ask her who organises it.');

  const inbox = journalPage.getByRole('list', { name: 'Inbox' });
  await expect(inbox.getByRole('listitem')).toHaveCount(1);
  await expect(inbox).toContainText('Maria mentioned the design meetup');
});

test('the global shortcut opens the quick note too', async ({ launch }) => {
  const app = await launch();
  await app.firstWindow();
  expect(await app.shortcuts.registered()).toContain('CommandOrControl+Shift+Space');
  await app.shortcuts.press('CommandOrControl+Shift+Space');
  await expect.poll(() => quickNote.shown(app)).toBe(true);
  const note = await app.waitForWindow('quick-note.html');
  await expect(quickNote.field(note)).toBeFocused();
});

test('Esc puts the quick note away and keeps the draft; only a save clears it', async ({ launch }) => {
  const app = await launch();
  await app.firstWindow();
  const note = await quickNote.openFromTray(app);
  await quickNote.field(note).fill('Thank Jonas for the introduction');
  await quickNote.field(note).press('Escape');
  await expect.poll(() => quickNote.shown(app)).toBe(false);

  await app.shortcuts.press('CommandOrControl+Shift+Space');
  await expect.poll(() => quickNote.shown(app)).toBe(true);
  await expect(quickNote.field(note)).toHaveValue('Thank Jonas for the introduction');
  await expect(quickNote.field(note)).toBeFocused();
  await quickNote.saveWithKeys(app, note);
  await expect(quickNote.field(note)).toHaveValue('');
});

test('a note that cannot be saved stays in the window, with the reason, and the window stays open', async ({
  launch,
  dataDir,
}) => {
  writeNewerJournal(dataDir); // opened for reading only: main refuses every write
  const app = await launch();
  const page = await app.firstWindow();
  const note = await quickNote.openFromTray(app);
  await quickNote.field(note).fill('Call Maja about the guild');
  await quickNote.field(note).press('Control+Enter');

  await expect(note.getByRole('alert')).toContainText('Not saved yet — your note is still here.');
  await expect(note.getByRole('alert')).toContainText('newer version of Rapport');
  await expect(quickNote.field(note)).toHaveValue('Call Maja about the guild');
  await expect(quickNote.field(note)).toBeEditable();
  expect(await quickNote.shown(app)).toBe(true);
  // The journal reads as before.
  await journal.goTo(page, 'Inbox');
  await expect(page.getByText('Quick notes you capture from the tray land here.')).toBeVisible();
});

test('a note in the inbox becomes an interaction with someone, and leaves the inbox', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.goTo(page, 'People'); // the window starts on Today
  await journal.addContact(page, { name: 'Maria Svensson', company: 'Designlabbet' });
  await quickNote.captureFromTray(app, 'Maria told me about the design meetup');

  await page.getByRole('navigation', { name: 'Journal' }).getByRole('link', { name: 'Inbox' }).click();
  await page.getByRole('button', { name: 'Log “Maria told me about the design meetup” as an interaction' }).click();
  await interactions.fillAndSave(page, {
    people: ['Maria Svensson'],
    summary: 'Maria told me about the design meetup — ask who organises it',
  });
  await expect(page.getByText('Nothing waiting')).toBeVisible();

  await contactPage.openFromPeople(page, 'Maria Svensson');
  await expect(page.getByRole('list', { name: 'Interactions' })).toContainText('ask who organises it');
});

test('a quick note about someone: picked by name in the window, shown in the inbox, pre-filled when logged', async ({
  launch,
}) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.goTo(page, 'People');
  await journal.addContact(page, { name: 'Emma Lind', company: 'Designlabbet' });
  await journal.addContact(page, { name: 'Jonas Emmerich' });
  await journal.addContact(page, { name: 'Sara Ek' });

  const note = await quickNote.openFromTray(app);
  await quickNote.field(note).fill('Emma wants to hear how the guild went');
  const people = quickNote.people(note);
  await people.fill('EMM');
  // Main answers: every person with a word of the name starting "emm", whatever the case.
  const list = note.getByRole('listbox', { name: 'About whom?' });
  await expect(list.getByRole('option')).toHaveText(['Emma LindDesignlabbet', 'Jonas Emmerich']);
  await expect(people).toHaveAttribute('aria-expanded', 'true');
  await people.press('ArrowDown');
  await people.press('ArrowUp');
  await expect(list.getByRole('option', { name: /Emma Lind/ })).toHaveAttribute('aria-selected', 'true');
  await people.press('Enter');
  const chosen = note.getByRole('list', { name: 'About' });
  await expect(chosen.getByRole('listitem')).toHaveText(['Emma Lind×']);
  // A second pick, removed again with its chip's button.
  await people.fill('jonas');
  await list.getByRole('option', { name: /Jonas Emmerich/ }).click();
  await note.getByRole('button', { name: 'Remove Jonas Emmerich' }).click();
  await expect(chosen.getByRole('listitem')).toHaveText(['Emma Lind×']);
  await expect(people).toBeFocused();
  await people.press('Control+Enter');
  await expect.poll(() => quickNote.shown(app)).toBe(false);
  await expect(quickNote.field(note)).toHaveValue('');
  await expect(note.getByRole('list', { name: 'About' })).toHaveCount(0);

  // The sidebar counts what waits in the Inbox ("Inbox 1"), so its link is found by the start of its name.
  await page.getByRole('navigation', { name: 'Journal' }).getByRole('link', { name: 'Inbox' }).click();
  const item = inbox.notes(page);
  await expect(item).toHaveCount(1);
  await expect(item.getByRole('list', { name: 'About' })).toHaveText('Emma Lind');
  await page.getByRole('button', { name: 'Log “Emma wants to hear how the guild went” as an interaction' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log an interaction' });
  await expect(dialog.getByRole('list', { name: 'With whom' }).getByRole('listitem')).toHaveText([/Emma Lind/]);
  await expect(dialog.getByLabel('What happened')).toHaveValue('Emma wants to hear how the guild went');
  await dialog.getByRole('button', { name: 'Log it' }).click();
  await expect(page.getByText('Nothing waiting')).toBeVisible();
  await contactPage.openFromPeople(page, 'Emma Lind');
  await expect(page.getByRole('list', { name: 'Interactions' })).toContainText('how the guild went');
});
