// User story: I type (or drop) a LinkedIn profile address into "New contact" instead of pasting it, and the
// name is still guessed; leaving the field tidies the address.
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';

test('typing a LinkedIn profile address guesses the name too', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.goTo(page, 'People');
  await page.getByRole('button', { name: 'New contact' }).click();
  const form = page.getByRole('form', { name: 'New contact' });
  await form.getByLabel('LinkedIn URL').pressSequentially('se.linkedin.com/in/maja-holm-4f2e1/?originalSubdomain=se');
  await expect(form.getByLabel('Name', { exact: true })).toHaveValue('Maja Holm');
  await form.getByLabel('Company').focus();
  await expect(form.getByLabel('LinkedIn URL')).toHaveValue('https://www.linkedin.com/in/maja-holm-4f2e1');
  // A name I write myself is never replaced by a later guess.
  await form.getByLabel('Name', { exact: true }).fill('Maja H.');
  await form.getByLabel('LinkedIn URL').fill('https://www.linkedin.com/in/someone-else');
  await expect(form.getByLabel('Name', { exact: true })).toHaveValue('Maja H.');
});
