// User story: after a coffee with two people at once, I log it once from the keyboard, and it shows on
// both people's timelines.
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';
import { contactPage } from '../support/contact-ui';
import { interactions } from '../support/interaction-ui';

test('log one interaction for two people from anywhere with the keyboard', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.addContact(page, { name: 'Åsa Lindqvist', company: 'Nordlys AB' });
  await journal.addContact(page, { name: 'Omar Haddad', company: 'Fjord Labs' });
  await page.getByRole('navigation', { name: 'Journal' }).getByRole('link', { name: 'Goals' }).click();

  await interactions.openWithKeyboard(page);
  await interactions.fillAndSave(page, {
    people: ['Åsa Lindqvist', 'Omar Haddad'],
    kind: 'Coffee',
    summary: 'Fika after the design meetup — both curious about mentoring.',
    energy: 'Good',
  });
  await expect(page.getByRole('status').filter({ hasText: 'Logged with Åsa Lindqvist, Omar Haddad' })).toBeVisible();

  const pairs: Array<[string, string]> = [
    ['Åsa Lindqvist', 'Omar Haddad'],
    ['Omar Haddad', 'Åsa Lindqvist'],
  ];
  for (const [name, other] of pairs) {
    await contactPage.openFromPeople(page, name);
    const timeline = page.getByRole('list', { name: 'Interactions' });
    await expect(timeline.getByRole('listitem')).toHaveCount(1);
    await expect(timeline).toContainText('Fika after the design meetup');
    await expect(timeline.getByRole('link', { name: other })).toBeVisible();
  }
});

test('a person’s page opens the dialog with that person already chosen', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.addContact(page, { name: 'Lea Berg', company: 'Kvarn' });
  await contactPage.openFromPeople(page, 'Lea Berg');
  await page.getByRole('button', { name: 'Log interaction' }).last().click();
  const dialog = page.getByRole('dialog', { name: 'Log an interaction' });
  await expect(dialog.getByRole('list', { name: 'With whom' })).toContainText('Lea Berg');
  await dialog.getByLabel('What happened').fill('Short call about the conference talk');
  await dialog.getByRole('button', { name: 'Log it' }).click();
  await expect(page.getByRole('list', { name: 'Interactions' })).toContainText('Short call about the conference talk');
});
