// User story: at the end of a week I sit down with the quick notes I caught on the fly and give each a
// place — a reflection, a new person, a next step, an event — and one Undo takes back a choice I regret.
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';
import { contactPage } from '../support/contact-ui';
import { interactions } from '../support/interaction-ui';
import { quickNote } from '../support/quick-note-ui';
import { inbox } from '../support/inbox-ui';
import { shownDay } from '../support/day-field';

const thought = 'The meetup felt lighter when I came with one question ready.\nListening first helped.';
const person = 'Anna Lind — runs the service design guild, thoughtful about mentoring juniors';

test('two quick notes become a reflection and a new contact; one Undo brings the second back', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await quickNote.captureFromTray(app, thought);
  await quickNote.captureFromTray(app, person);
  await inbox.open(page);
  await expect(inbox.notes(page)).toHaveCount(2);

  await inbox.turn(page, 'The meetup felt lighter', 'a reflection');
  await expect(page).toHaveURL(/#\/reflection\/[^/]+$/);
  await expect(page.getByRole('main')).toContainText('Listening first helped.');
  await inbox.open(page);
  await expect(inbox.notes(page)).toHaveCount(1);
  await expect(inbox.list(page)).not.toContainText('The meetup felt lighter');

  await inbox.toNewContact(page, 'Anna Lind', { guessed: 'Anna Lind' });
  await expect(contactPage.name(page)).toHaveValue('Anna Lind');
  await expect(contactPage.field(page, 'Why this person is interesting')).toHaveValue(person);

  await interactions.undo(page);
  await expect(page.getByRole('status').filter({ hasText: 'Undone' })).toBeVisible();
  await inbox.open(page);
  await expect(inbox.notes(page)).toHaveCount(1);
  await expect(inbox.field(page, 'Anna Lind')).toHaveValue(person);
  await journal.goTo(page, 'People');
  await expect(page.getByRole('link', { name: 'Anna Lind', exact: true })).toHaveCount(0);
});

test('a note edited in place stays edited after the Inbox is opened again, and is let go with the keyboard', async ({
  launch,
}) => {
  const app = await launch();
  const page = await app.firstWindow();
  await quickNote.captureFromTray(app, 'Ask Sam about the mentoring circle');
  await inbox.open(page);
  const edited = 'Ask Sam about the mentoring circle — does it still meet on Tuesdays?';
  await inbox.edit(page, 'Ask Sam', edited);

  await journal.goTo(page, 'People');
  await inbox.open(page);
  await expect(inbox.field(page, 'Ask Sam')).toHaveValue(edited);
  await journal.expectSaved(page);
  await app.close();

  const again = await launch();
  const reopened = await again.firstWindow();
  await inbox.open(reopened);
  await expect(inbox.field(reopened, 'Ask Sam')).toHaveValue(edited);

  // From the note's text, Tab passes the ways forward to "Move to trash"; the focus then waits at the top of
  // the inbox, outside any text field, so Ctrl/Cmd+Z brings the note straight back.
  await inbox.field(reopened, 'Ask Sam').focus();
  for (let i = 0; i < 6; i++) await reopened.keyboard.press('Tab');
  await expect(reopened.getByRole('button', { name: /^Move “Ask Sam about .*” to the trash$/ })).toBeFocused();
  await reopened.keyboard.press('Enter');
  await expect(reopened.getByText('Nothing waiting')).toBeVisible();
  await expect(reopened.getByRole('status').filter({ hasText: 'brings the note back' })).toBeVisible();
  await reopened.keyboard.press('ControlOrMeta+Z');
  await expect(inbox.field(reopened, 'Ask Sam')).toHaveValue(edited);
});

test('notes become a next step with someone and an event; each comes back with one Undo', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.goTo(page, 'People');
  await journal.addContact(page, { name: 'Maria Svensson', company: 'Designlabbet' });
  await quickNote.captureFromTray(app, 'Ask Maria who organises the design meetup');
  await quickNote.captureFromTray(app, 'Design meetup at Epicenter\nMaria will be there; go for an hour.');
  await quickNote.captureFromTray(app, 'Maria shared her notes from the UX conference');
  await inbox.open(page);

  await inbox.toNextStep(page, 'Ask Maria who organises', { person: 'Maria Svensson', due: '2026-12-04' });
  await expect(page.getByRole('status').filter({ hasText: 'Next step set with Maria Svensson.' })).toBeVisible();
  await expect(inbox.notes(page)).toHaveCount(2);

  await inbox.toEvent(page, 'Design meetup at Epicenter', { title: 'Design meetup at Epicenter' });
  await expect(page).toHaveURL(/#\/event\/[^/]+$/);
  await interactions.undo(page);
  await inbox.open(page);
  await expect(inbox.notes(page)).toHaveCount(2);
  await expect(inbox.note(page, 'Design meetup at Epicenter')).toBeVisible();

  // Logging a note as an interaction is one step too: one Undo takes back the interaction and the trashing.
  await inbox.turn(page, 'Maria shared her notes', 'an interaction');
  await interactions.fillAndSave(page, { people: ['Maria Svensson'], summary: 'Maria shared her UX conference notes' });
  await expect(inbox.notes(page)).toHaveCount(1);
  await interactions.undo(page);
  await expect(inbox.notes(page)).toHaveCount(2);

  await contactPage.openFromPeople(page, 'Maria Svensson');
  await expect(contactPage.field(page, 'What is the next step?')).toHaveValue(
    'Ask Maria who organises the design meetup',
  );
  await expect(page.getByLabel('By when')).toHaveValue(shownDay('2026-12-04'));
  await expect(contactPage.timeline(page)).toHaveCount(0);
});
