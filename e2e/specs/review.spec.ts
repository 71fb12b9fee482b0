// User story: at the end of the week I run the weekly review — the numbers, the person who went quiet (I
// snooze them), the goal nobody serves yet (I pick someone) — and write the weekly reflection it prepares.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../fixtures/test';
import { yourData } from '../support/data-ui';
import { journal } from '../support/journal-ui';
import { reflections } from '../support/reflections-ui';
import { goals } from '../support/goals-ui';
import { dayFromToday, review } from '../support/review-ui';

test('I run the weekly review to the end and write the weekly reflection', async ({ launch, dataDir }) => {
  const app = await launch();
  const page = await app.firstWindow();

  // Ana, whom I meant to keep in touch with, was last spoken to two months ago; Bo I met for coffee today.
  await journal.goTo(page, 'People');
  await journal.addContact(page, { name: 'Ana Berg', company: 'Nordlys AB' });
  await journal.addContact(page, { name: 'Bo Ek' });
  await journal.addContact(page, { name: 'Cy Dahl', role: 'Design lead' });
  await review.keepInTouch(page, 'Ana Berg', 14, 30);
  await review.logOn(page, { person: 'Ana Berg', date: dayFromToday(-60), kind: 'Call', summary: 'Catch-up call' });
  await review.logOn(page, { person: 'Bo Ek', date: dayFromToday(0), kind: 'Coffee', summary: 'Coffee at the office' });
  // A goal nobody has been reached out to for yet.
  await goals.create(page, 'Find a mentor');

  await review.open(page);
  await review.expectStep(page, 1, 'The week in numbers');
  await expect(review.figure(page, 'Interactions')).toContainText('1');
  await expect(review.figure(page, 'Interactions')).toContainText('with 1 person');
  await expect(review.figure(page, 'New people reached out')).toHaveText('0');
  await expect(review.figure(page, 'Stage moves')).toHaveText('0');
  await expect(review.figure(page, 'Events')).toHaveText('0');
  // A coffee takes 2 of the default weekly budget of 12.
  await expect(review.figure(page, 'Energy spent')).toHaveText('2 of 12');
  await expect(page.getByRole('button', { name: 'Back' })).toBeDisabled();

  await review.next(page);
  await review.expectStep(page, 2, 'Who went quiet');
  await expect(page.getByRole('heading', { name: 'Who went quiet', level: 3 })).toBeFocused();
  const ana = review.quietPerson(page, 'Ana Berg');
  await expect(ana).toContainText('Last in touch 2 months ago');
  await expect(review.quietPerson(page, 'Bo Ek')).toHaveCount(0);
  await ana.getByRole('button', { name: 'Snooze Ana Berg for 14 days' }).click();
  // Ana stays in the list, resting, and the focus lands on the way back.
  await expect(ana).toContainText('Resting until');
  await expect(ana.getByRole('button', { name: 'Wake Ana Berg now' })).toBeFocused();

  // PageDown moves on (and PageUp back) outside text fields.
  await page.keyboard.press('PageDown');
  await review.expectStep(page, 3, 'Goals');
  await page.keyboard.press('PageUp');
  await review.expectStep(page, 2, 'Who went quiet');
  await page.keyboard.press('Control+ArrowRight');
  await review.expectStep(page, 3, 'Goals');

  const goal = page
    .getByRole('list', { name: 'Active goals' })
    .getByRole('listitem')
    .filter({ hasText: 'Find a mentor' });
  await expect(goal).toContainText('Who is one person you could write to?');
  await review.pickPersonForGoal(page, 'Find a mentor', 'Cy Dahl');
  await expect(goal).toContainText('1 identified');
  await expect(goal).toContainText('You already have Cy Dahl in mind');

  await review.next(page);
  await review.expectStep(page, 4, 'Next week');
  await expect(page.getByText('No events planned next week')).toBeVisible();

  await review.next(page);
  await review.expectStep(page, 5, 'Write');
  await expect(page.getByRole('button', { name: 'Next', exact: true })).toHaveCount(0);
  const preview = page.getByRole('figure');
  await expect(preview).toContainText('1 interaction, 0 new people reached out, 0 stage moves, 0 events.');
  await expect(preview).toContainText('Went quiet: Ana Berg.');
  await expect(preview).toContainText('Goal “Find a mentor”: no plan steps yet; nobody reached out yet.');
  await page.getByRole('button', { name: 'Write the weekly reflection' }).click();

  // The new weekly reflection opens. (The Reflections list lands with its own work; see the report.)
  await expect(page).toHaveURL(/#\/reflection\/[^/]+$/);
  const reflectionUrl = page.url();
  await journal.expectSaved(page);

  // The review is recorded: it says when the last one was, and Undo takes the finish back in one step.
  await review.open(page);
  await expect(page.getByText(/Your last review was on/)).toBeVisible();
  await page.locator('body').focus();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(page.getByText(/Your last review was on/)).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(page.getByText(/Your last review was on/)).toBeVisible();

  // What the journal now holds, as the JSON export shows it: one weekly-review reflection, the summary in its
  // body, linked to Ana (who went quiet) and to the goal — the one the opened page was about.
  await yourData.open(page);
  const target = join(dataDir, 'exports', 'review.json');
  await app.dialogs.nextSaveDialog({ canceled: false, filePath: target });
  await yourData.exportAs(page, 'JSON');
  await expect(yourData.message(page)).toHaveText(`Exported to ${target}`);
  const json = JSON.parse(readFileSync(target, 'utf8')) as {
    contacts: Array<{ id: string; name: string }>;
    goals: Array<{ id: string; title: string }>;
    reflections: Array<Record<string, unknown>>;
  };
  const idOf = (name: string) => json.contacts.find((c) => c.name === name)?.id;
  expect(json.reflections).toHaveLength(1);
  const weekly = json.reflections[0];
  expect(reflectionUrl.endsWith(`#/reflection/${String(weekly?.id)}`)).toBe(true);
  expect(weekly).toMatchObject({
    kind: 'weekly-review',
    contactIds: [idOf('Ana Berg')],
    goalIds: [json.goals[0]?.id],
  });
  expect(weekly?.eventIds ?? []).toEqual([]);
  expect(String(weekly?.title)).toMatch(/^Weekly review, week \d+$/);
  expect(JSON.stringify(weekly?.body)).toContain('Went quiet: Ana Berg.');

  // …and it is there under Reflections, newest first.
  await reflections.open(page);
  await expect(reflections.rows(page).first()).toContainText(String(weekly?.title));
  await reflections.rows(page).first().getByRole('link').first().click();
  await expect(page).toHaveURL(reflectionUrl);
});
