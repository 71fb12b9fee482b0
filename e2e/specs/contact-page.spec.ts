// User stories of the contact page: I write down who someone is and why they matter, draft a message calmly
// and mark it sent, and merge two records of one person — and everything is still there tomorrow.
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';
import { contactPage } from '../support/contact-ui';

test('what I write about a person is still there after restarting the app', async ({ launch }) => {
  const first = await launch();
  const page = await first.firstWindow();
  await journal.goTo(page, 'People');
  await page.getByRole('button', { name: 'New contact' }).click();
  await journal.paste(page, 'LinkedIn URL', 'https://www.linkedin.com/in/maja-berg-4f2a1b/');
  await page.getByRole('form', { name: 'New contact' }).getByRole('button', { name: 'Add contact' }).click();

  await contactPage.openFromPeople(page, 'Maja Berg');
  await expect(page.getByRole('link', { name: 'Open Maja Berg on LinkedIn' })).toBeVisible();
  await contactPage.field(page, 'Role or headline').fill('Engineering manager');
  await contactPage
    .field(page, 'Why this person is interesting')
    .fill('She rebuilt onboarding at Lumen — I would love to learn how.');
  await contactPage.addTag(page, 'mentor');
  await contactPage.write(page, 'Notes', '- Runs the Friday demo\nLikes climbing');
  const notes = page.getByRole('textbox', { name: 'Notes' });
  await expect(notes.getByRole('listitem')).toHaveText(['Runs the Friday demo', 'Likes climbing']);
  await journal.expectSaved(page);
  await first.close();

  const second = await launch();
  const again = await second.firstWindow();
  await journal.goTo(again, 'People');
  await contactPage.openFromPeople(again, 'Maja Berg');
  await expect(contactPage.field(again, 'Role or headline')).toHaveValue('Engineering manager');
  await expect(again.getByRole('heading', { level: 2 }).getByRole('textbox')).toHaveValue('Maja Berg');
  await expect(contactPage.field(again, 'Why this person is interesting')).toHaveValue(/rebuilt onboarding at Lumen/);
  await expect(contactPage.tags(again).getByRole('listitem')).toHaveText([/mentor/]);
  await expect(again.getByRole('textbox', { name: 'Notes' }).getByRole('listitem')).toHaveText([
    'Runs the Friday demo',
    'Likes climbing',
  ]);
});

test('I draft a message in my own time, mark it sent, and the journal moves on', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.goTo(page, 'People');
  await journal.addContact(page, { name: 'Omar Haddad', company: 'Fjord Labs' });
  await contactPage.openFromPeople(page, 'Omar Haddad');
  await expect(contactPage.stage(page)).toHaveText('Identified');
  await expect(contactPage.timeline(page)).toHaveCount(0);

  await contactPage.write(
    page,
    'Message draft',
    'Hi Omar, I enjoyed your talk on calm onboarding.\nCould we have a coffee?',
  );
  await page.getByRole('button', { name: 'Mark as sent' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'moved Omar Haddad to “Reached out”' })).toBeVisible();
  await expect(contactPage.stage(page)).toHaveText('Reached out');
  await expect(contactPage.timeline(page)).toHaveCount(1);
  const sent = contactPage.timeline(page).first();
  await expect(sent).toContainText('Message');
  await expect(sent).toContainText('Hi Omar, I enjoyed your talk on calm onboarding.');
  await sent.getByText('Full text').click();
  await expect(sent).toContainText('Could we have a coffee?');
  await expect(page.getByRole('textbox', { name: 'Message draft' })).toHaveText('');
});

test('two records of the same LinkedIn profile become one, keeping both sets of details', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.goTo(page, 'People');
  const profile = 'https://www.linkedin.com/in/lena-ek';
  await journal.addContact(page, { name: 'Lena Ek', company: 'Fjord Labs', linkedinUrl: profile });
  await contactPage.addSecondRecord(page, { name: 'Lena Ek-Holm', role: 'Researcher', linkedinUrl: profile });
  await contactPage.openFromPeople(page, 'Lena Ek-Holm');
  await contactPage.addTag(page, 'research');

  await contactPage.openFromPeople(page, 'Lena Ek');
  const notice = page.getByRole('note');
  await expect(notice).toContainText('This may be the same person as Lena Ek-Holm');
  await notice.getByRole('button', { name: 'Merge…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Merge two records of one person' });
  await expect(dialog.getByRole('radio', { name: /Lena Ek \(this page\)/ })).toBeChecked();
  await expect(dialog).toContainText('Role or headline: Researcher');
  await expect(dialog).toContainText('Tags: research');
  await dialog.getByRole('button', { name: 'Merge into Lena Ek' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('note')).toHaveCount(0);
  await expect(contactPage.field(page, 'Role or headline')).toHaveValue('Researcher');
  await expect(contactPage.field(page, 'Company')).toHaveValue('Fjord Labs');
  await expect(contactPage.tags(page).getByRole('listitem')).toHaveText([/research/]);

  await page.getByRole('navigation', { name: 'Journal' }).getByRole('link', { name: 'People' }).click();
  await expect(journal.people(page)).toHaveCount(1);
  await expect(
    page.getByRole('list', { name: 'People' }).getByRole('link', { name: 'Lena Ek', exact: true }),
  ).toBeVisible();
});

test('a person moved to the trash leaves a kind note behind, not an error', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.goTo(page, 'People');
  await journal.addContact(page, { name: 'Kim Berg' });
  await contactPage.openFromPeople(page, 'Kim Berg');
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(journal.people(page)).toHaveCount(0);

  await page.goBack();
  await expect(page.getByText('This person is not in your journal (maybe in the trash).')).toBeVisible();
  await page.getByRole('link', { name: 'Back to People' }).click();
  await expect(page.getByRole('heading', { name: 'Start with three people' })).toBeVisible();
});
