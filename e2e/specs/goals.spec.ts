// User story: I give my networking a purpose — a goal with a why and a plan, linked to the person it is
// about — and it is all still there tomorrow.
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';
import { goals } from '../support/goals-ui';

test('I create a goal with a plan and link the person it is about', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.goTo(page, 'People');
  await journal.addContact(page, { name: 'Åsa Lindqvist', company: 'Nordlys AB', role: 'Head of Design' });

  await goals.open(page);
  await expect(page.getByRole('heading', { name: 'Start with one goal' })).toBeVisible();
  await goals.create(page, 'Find a mentor in product design');
  await expect(page).toHaveURL(/#\/goal\/[^/]+$/);
  await page.getByLabel('Why it matters').fill('I want to grow into design leadership, with someone to ask.');
  await page.getByRole('textbox', { name: 'Strategy' }).fill('Start with people I already know through Nordlys.');

  await goals.addStep(page, 'Draft intro');
  await goals.addStep(page, 'Book a coffee');
  await goals.addStep(page, 'Send a thank-you');
  expect(await goals.stepTexts(page)).toEqual(['Draft intro', 'Book a coffee', 'Send a thank-you']);

  // Reorder with the keyboard: Alt+↑ on the step, and focus stays with it.
  await page.getByLabel('Text of step 2').focus();
  await page.keyboard.press('Alt+ArrowUp');
  expect(await goals.stepTexts(page)).toEqual(['Book a coffee', 'Draft intro', 'Send a thank-you']);
  await expect(page.getByLabel('Text of step 1')).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: '“Book a coffee” is now step 1 of 3' })).toBeAttached();
  // …and with the move buttons.
  await page.getByRole('button', { name: 'Move “Draft intro” down' }).click();
  expect(await goals.stepTexts(page)).toEqual(['Book a coffee', 'Send a thank-you', 'Draft intro']);
  await expect(page.getByRole('button', { name: 'Move “Draft intro” down' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Move “Draft intro” up' })).toBeFocused();

  await page.getByRole('checkbox', { name: 'Book a coffee' }).check();
  await goals.linkPerson(page, 'Åsa Lindqvist');
  await expect(page.getByRole('progressbar', { name: 'Plan steps done' })).toHaveAttribute('aria-valuenow', '1');

  await goals.open(page);
  await expect(goals.active(page)).toHaveCount(1);
  await expect(goals.active(page).first()).toContainText('Find a mentor in product design');
  await expect(goals.active(page).first()).toContainText('1 of 3 steps done');
  await expect(goals.active(page).first()).toContainText('1 person');

  // The person's link opens their page.
  await goals.active(page).getByRole('link', { name: 'Find a mentor in product design' }).click();
  await page.getByRole('list', { name: 'People for this goal' }).getByRole('link', { name: 'Åsa Lindqvist' }).click();
  await expect(page).toHaveURL(/#\/contact\/[^/]+$/);
  await journal.expectSaved(page);
  await app.close();

  const again = await launch();
  const page2 = await again.firstWindow();
  await goals.open(page2);
  await expect(goals.active(page2).first()).toContainText('1 of 3 steps done');
  await goals.active(page2).getByRole('link', { name: 'Find a mentor in product design' }).click();
  await expect(page2.getByLabel('Why it matters')).toHaveValue(
    'I want to grow into design leadership, with someone to ask.',
  );
  await expect(page2.getByRole('textbox', { name: 'Strategy' })).toHaveText(
    'Start with people I already know through Nordlys.',
  );
  expect(await goals.stepTexts(page2)).toEqual(['Book a coffee', 'Send a thank-you', 'Draft intro']);
  await expect(page2.getByRole('checkbox', { name: 'Book a coffee' })).toBeChecked();
  await expect(page2.getByRole('checkbox', { name: 'Draft intro' })).not.toBeChecked();
  await expect(
    page2.getByRole('list', { name: 'People for this goal' }).getByRole('link', { name: 'Åsa Lindqvist' }),
  ).toBeVisible();
});

test('a plan step can be dragged to a new place by its handle', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await goals.create(page, 'Speak at a meetup');
  for (const step of ['Pick a topic', 'Write an outline', 'Ask the organiser']) await goals.addStep(page, step);
  const plan = page.getByRole('list', { name: 'Plan' });
  const handle = plan.getByRole('listitem').nth(2).locator('.plan-handle');
  await handle.dragTo(plan.getByRole('listitem').nth(0), { targetPosition: { x: 40, y: 4 } });
  expect(await goals.stepTexts(page)).toEqual(['Ask the organiser', 'Pick a topic', 'Write an outline']);
});

test('a goal needs a title, and says so kindly', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await goals.open(page);
  await page.getByRole('button', { name: 'New goal' }).click();
  await page.getByRole('button', { name: 'Create goal' }).click();
  await expect(page.getByRole('alert')).toHaveText('A title is enough to start — please write one.');
  await expect(page).toHaveURL(/#\/goals$/);
});
