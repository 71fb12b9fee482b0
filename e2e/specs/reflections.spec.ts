// User story: after a coffee with someone, I write a reflection from a prompt about what I do well, say how I
// feel, and link the person. It shows on their timeline, it is still there tomorrow, and the list finds it by them.
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';
import { contactPage } from '../support/contact-ui';
import { reflections } from '../support/reflections-ui';

test('I write a reflection from a prompt, link the person, and find it again on their timeline', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.goTo(page, 'People');
  await journal.addContact(page, { name: 'Åsa Lindqvist', company: 'Nordlys AB' });
  await journal.addContact(page, { name: 'Omar Haddad', company: 'Fjord Labs' });

  await reflections.open(page);
  await expect(page.getByRole('heading', { name: 'Nothing written yet' })).toBeVisible();
  const prompt = await reflections.newFromPrompt(page, 'Strengths');
  await expect(page.getByRole('figure').getByRole('blockquote')).toHaveText(prompt);
  // A new entry opens ready to write in.
  await expect(reflections.body(page)).toBeFocused();
  await page.keyboard.type('I asked one question and mostly listened.\nÅsa told me how she found her mentor.');
  await page.getByRole('textbox', { name: 'Title' }).fill('Listening at the Nordlys coffee');
  await reflections.feeling(page, 'Good').check();
  await page.getByRole('textbox', { name: 'Mood', exact: true }).fill('calm');
  await reflections.link(page, 'People', 'Åsa Lindqvist');
  await journal.expectSaved(page);

  // A second, unlinked reflection, so filtering has something to leave out.
  await reflections.open(page);
  await page.getByRole('button', { name: 'New reflection', exact: true }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill('A quiet week');
  await reflections.open(page);
  await expect(reflections.rows(page)).toHaveCount(2);

  // The person's timeline shows the reflection among the interactions, and it opens the entry.
  await contactPage.openFromPeople(page, 'Åsa Lindqvist');
  const item = contactPage.timeline(page).filter({ hasText: 'Reflection' });
  await expect(item).toHaveCount(1);
  await item.getByRole('link', { name: 'Listening at the Nordlys coffee' }).click();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Listening at the Nordlys coffee');
  await contactPage.openFromPeople(page, 'Omar Haddad');
  await expect(contactPage.timeline(page)).toHaveCount(0);
  await journal.expectSaved(page);
  await app.close();

  // Tomorrow: everything is still there.
  const again = await launch();
  const page2 = await again.firstWindow();
  await reflections.open(page2);
  await expect(reflections.rows(page2)).toHaveCount(2);
  const row = reflections.rows(page2).filter({ hasText: 'Listening at the Nordlys coffee' });
  await expect(row).toContainText('Good');
  await expect(row).toContainText('calm');
  await expect(row).toContainText('Åsa Lindqvist');

  // The list moves with the keyboard, one row at a time.
  await reflections.rows(page2).first().getByRole('link').focus();
  await page2.keyboard.press('ArrowDown');
  await expect(row.getByRole('link')).toBeFocused();

  // Filtering by the person leaves only what is about her.
  await reflections.filter(page2, 'Person', 'Åsa Lindqvist');
  await expect(reflections.rows(page2)).toHaveCount(1);
  await expect(page2.getByRole('group', { name: 'Filter reflections' })).toContainText('1 of 2');
  await reflections.rows(page2).getByRole('link', { name: 'Listening at the Nordlys coffee' }).click();
  await expect(page2.getByRole('figure').getByRole('blockquote')).toHaveText(prompt);
  await expect(reflections.body(page2)).toContainText('Åsa told me how she found her mentor.');
  await expect(reflections.feeling(page2, 'Good')).toBeChecked();
  await expect(page2.getByRole('list', { name: 'People' }).getByRole('link', { name: 'Åsa Lindqvist' })).toBeVisible();
});

test('a reflection can start from a template, and a missing one says so kindly', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await reflections.open(page);
  await page.getByRole('button', { name: 'From a template' }).click();
  await page.getByRole('button', { name: 'After a conversation' }).click();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('After a conversation');
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByRole('button', { name: 'Restore' })).toBeVisible();

  await page.goto(page.url().replace(/#.*$/, '#/reflection/no-such-id'));
  await expect(page.getByRole('heading', { name: 'This reflection is not here' })).toBeVisible();
  await page.getByRole('link', { name: 'All reflections' }).click();
  await expect(page.getByRole('heading', { name: 'Nothing written yet' })).toBeVisible();
});
