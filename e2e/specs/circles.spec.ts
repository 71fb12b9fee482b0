// User story: structured networks make contact easier, so I note the circles I belong to — who is in them
// and how often they meet — and each member's page shows the circle.
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';
import { contactPage } from '../support/contact-ui';
import { circles } from '../support/goals-ui';

test('a circle with its members and rhythm, seen from the circle and from each member', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.addContact(page, { name: 'Lina Berg', company: 'Nordlys AB' });
  await journal.addContact(page, { name: 'Jonas Ek', company: 'Fjord Labs' });

  await circles.create(page, 'Design managers');
  await page.getByLabel('Meeting rhythm').fill('monthly, first Tuesday');
  const members = page.getByRole('combobox', { name: 'Members' });
  for (const name of ['Lina Berg', 'Jonas Ek']) {
    await members.fill(name);
    await page.getByRole('option', { name: new RegExp(name) }).click();
  }
  await expect(page.getByRole('list', { name: 'Members' }).getByRole('listitem')).toHaveCount(2);
  await page.getByRole('textbox', { name: 'Notes' }).click();
  await page.keyboard.type('Breakfast at the design school. Bring one question.');
  await journal.expectSaved(page);

  await page.getByRole('navigation', { name: 'Journal' }).getByRole('link', { name: 'Circles' }).click();
  await expect(circles.list(page)).toHaveCount(1);
  await expect(circles.list(page).first()).toContainText('2 members');

  await contactPage.openFromPeople(page, 'Jonas Ek');
  await page.getByRole('list', { name: 'Circles' }).getByRole('link', { name: 'Design managers' }).click();
  await expect(page.getByLabel('Circle name')).toHaveValue('Design managers');
  await app.close();

  const again = await launch();
  const page2 = await again.firstWindow();
  await page2.getByRole('navigation', { name: 'Journal' }).getByRole('link', { name: 'Circles' }).click();
  await circles.list(page2).first().getByRole('link', { name: 'Design managers' }).click();
  await expect(page2.getByLabel('Meeting rhythm')).toHaveValue('monthly, first Tuesday');
  await expect(page2.getByRole('textbox', { name: 'Notes' })).toContainText('Bring one question.');
  await expect(page2.getByRole('list', { name: 'Members' }).getByRole('listitem')).toHaveCount(2);
});
