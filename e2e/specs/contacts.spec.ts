// User story: I add the people I find interesting, and they are still there tomorrow.
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';

test('a contact I create is still there after restarting the app', async ({ launch }) => {
  const first = await launch();
  const page = await first.firstWindow();
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
  await expect(journal.people(again)).toHaveCount(1);
  await expect(journal.people(again).first()).toContainText('Åsa Lindqvist');
  await expect(again.getByRole('link', { name: 'Open Åsa Lindqvist on LinkedIn' })).toBeVisible();
});

test('pasting a LinkedIn profile address guesses the name, without any network access', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
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
  await page.getByRole('button', { name: 'New contact' }).click();
  await page.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByRole('alert')).toHaveText('A name is enough to start — please write one.');
  await expect(journal.people(page)).toHaveCount(0);
});
