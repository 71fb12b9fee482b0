// User story: I add the people I find interesting, and they are still there tomorrow.
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';

test('a contact I create is still there after restarting the app', async ({ launch }) => {
  const first = await launch();
  const page = await first.firstWindow();
  await journal.goTo(page, 'People');
  await expect(page.getByRole('heading', { name: 'Start with three people' })).toBeVisible();

  await journal.addContact(page, {
    name: 'Åsa Lindqvist',
    company: 'Nordlys AB',
    role: 'Head of Design',
    linkedinUrl: 'https://www.linkedin.com/in/asa-lindqvist',
  });
  await expect(journal.people(page)).toHaveCount(1);
  await expect(journal.people(page).first()).toContainText('Head of Design · Nordlys AB');
  await journal.expectSaved(page);
  await first.close();

  const second = await launch();
  const again = await second.firstWindow();
  await journal.goTo(again, 'People');
  await expect(journal.people(again)).toHaveCount(1);
  await expect(journal.people(again).first()).toContainText('Åsa Lindqvist');
  await expect(again.getByRole('link', { name: 'Open Åsa Lindqvist on LinkedIn' })).toBeVisible();
});

test('pasting a LinkedIn profile address guesses the name, without any network access', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.showPeople(page);
  await page.getByRole('button', { name: 'New contact' }).click();
  await journal.paste(page, 'LinkedIn URL', 'https://se.linkedin.com/in/johan-ek-8a1b2c3/?originalSubdomain=se');
  const form = page.getByRole('form', { name: 'New contact' });
  await expect(form.getByLabel('Name', { exact: true })).toHaveValue('Johan Ek');
  await expect(form.getByLabel('LinkedIn URL')).toHaveValue('https://www.linkedin.com/in/johan-ek-8a1b2c3');
  await form.getByRole('button', { name: 'Add contact' }).click();
  await expect(journal.people(page)).toHaveCount(1);
});

test('a contact needs a name, and says so kindly', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.showPeople(page);
  await page.getByRole('button', { name: 'New contact' }).click();
  await page.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByRole('alert')).toHaveText('A name is enough to start — please write one.');
  await expect(journal.people(page)).toHaveCount(0);
});

test('I add someone from LinkedIn, find them in the list, filter by stage and open their page', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.showPeople(page);
  await page.getByRole('button', { name: 'New contact' }).click();
  await journal.paste(page, 'LinkedIn URL', 'https://www.linkedin.com/in/johan-ek-8a1b2c3');
  const form = page.getByRole('form', { name: 'New contact' });
  await form.getByLabel('Company').fill('Fjord Labs');
  await form.getByRole('button', { name: 'Add contact' }).click();
  await journal.addContact(page, { name: 'Åsa Lindqvist', company: 'Nordlys AB', role: 'Head of Design' });
  await journal.addContact(page, { name: 'Omar Haddad', company: 'Lumen' });

  await expect(journal.people(page)).toHaveCount(3);
  await expect(journal.people(page)).toContainText(['Åsa Lindqvist', 'Johan Ek', 'Omar Haddad']);
  await expect(journal.person(page, 'Johan Ek')).toContainText('Fjord Labs');
  await expect(journal.person(page, 'Johan Ek')).toContainText('Identified');
  await expect(page.getByText('3 people', { exact: true })).toBeVisible();

  // Someone moves on; the list's stage filter finds them.
  await journal.goTo(page, 'Pipeline');
  await page.getByRole('button', { name: 'Move Johan Ek to Reached out' }).click();
  await journal.goTo(page, 'People');
  await journal.filter(page, 'Stage', 'Reached out');
  await expect(journal.people(page)).toHaveCount(1);
  await expect(journal.person(page, 'Johan Ek')).toContainText('Reached out');
  await expect(page.getByText('Showing 1 of 3', { exact: true })).toBeVisible();

  // A filter nobody matches says so calmly, and clearing it brings everyone back.
  await journal.filter(page, 'Stage', 'Relationship');
  await expect(page.getByRole('heading', { name: 'Nobody here with these filters' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(journal.people(page)).toHaveCount(3);

  await journal.filter(page, 'Stage', 'Reached out');
  await journal.person(page, 'Johan Ek').getByRole('link', { name: 'Johan Ek', exact: true }).click();
  await expect(page).toHaveURL(/#\/contact\/[^/]+$/);
  await expect(page.getByRole('navigation', { name: 'Journal' }).getByRole('link', { name: 'People' })).toHaveAttribute(
    'aria-current',
    'page',
  );

  // Back again, the filter is as I left it.
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByRole('group', { name: 'Filter and sort' }).getByLabel('Stage')).toHaveValue('reached-out');
  await expect(journal.people(page)).toHaveCount(1);
});

test('the list is walked with the arrow keys, and Enter opens a person', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  for (const name of ['Ada Berg', 'Bo Carlsson', 'Cleo Dahl']) await journal.addContact(page, { name });
  const link = (name: string) => journal.person(page, name).getByRole('link', { name, exact: true });
  await link('Ada Berg').focus();
  await page.keyboard.press('ArrowDown');
  await expect(link('Bo Carlsson')).toBeFocused();
  await page.keyboard.press('End');
  await expect(link('Cleo Dahl')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(link('Bo Carlsson')).toBeFocused();
  // Only one row is in the Tab order, so Tab leaves the list instead of walking every row.
  await expect(link('Bo Carlsson')).toHaveAttribute('tabindex', '0');
  await expect(link('Ada Berg')).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/contact\/[^/]+$/);
});

test('adding someone who is already in the journal asks first, and links to them', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.addContact(page, {
    name: 'Åsa Lindqvist',
    company: 'Nordlys AB',
    linkedinUrl: 'https://www.linkedin.com/in/asa-lindqvist',
  });

  await page.getByRole('button', { name: 'New contact' }).click();
  await journal.paste(page, 'LinkedIn URL', 'https://se.linkedin.com/in/asa-lindqvist/?originalSubdomain=se');
  const form = page.getByRole('form', { name: 'New contact' });
  await expect(form).toContainText('Åsa Lindqvist has the same LinkedIn profile.');
  await expect(form.getByRole('link', { name: 'Open Åsa Lindqvist' })).toBeVisible();

  await form.getByRole('button', { name: 'Add contact' }).click();
  await expect(form.getByRole('button', { name: 'Add anyway' })).toBeFocused();
  await expect(form).toContainText('Add a second record anyway?');
  await expect(journal.people(page)).toHaveCount(1);

  // Same name and company, typed by hand, is noticed too; "Open" goes to the person already there.
  await form.getByLabel('LinkedIn URL').fill('');
  await form.getByLabel('Name', { exact: true }).fill('asa lindqvist');
  await form.getByLabel('Company').fill('NORDLYS AB');
  await expect(form).toContainText('Åsa Lindqvist has the same name and company.');
  await form.getByRole('button', { name: 'Add anyway' }).click();
  await expect(form).toBeHidden();
  await expect(journal.people(page)).toHaveCount(2);

  await page.getByRole('button', { name: 'New contact' }).click();
  await form.getByLabel('Name', { exact: true }).fill('Åsa Lindqvist');
  await form.getByLabel('Company').fill('Nordlys AB');
  await form.getByRole('link', { name: 'Open Åsa Lindqvist' }).first().click();
  await expect(page).toHaveURL(/#\/contact\/[^/]+$/);
});
