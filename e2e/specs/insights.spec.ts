// User story: at the end of a month I open Insights to see the pattern — how many new people I wrote to against
// my weekly challenge, what my social life took, and where my goals stand — in words, in charts and in tables.
import { test, expect } from '../fixtures/test';
import { audit } from '../support/audit-ui';
import { events } from '../support/events-ui';
import { insights } from '../support/insights-ui';
import { interactions } from '../support/interaction-ui';
import { journal } from '../support/journal-ui';
import { today } from '../support/today-ui';

test('after writing to three new people, Insights says 3 in words and in its table; an event shows up as energy', async ({
  launch,
}) => {
  const app = await launch();
  const page = await app.firstWindow();
  const people = ['Ana Berg', 'Bo Ek', 'Cleo Lund'];
  for (const name of people) await journal.addContact(page, { name });
  for (const name of people) {
    await interactions.openWithKeyboard(page);
    await interactions.fillAndSave(page, { people: [name], kind: 'Message', summary: `Wrote to ${name}` });
  }

  await insights.open(page);
  await expect(page.getByRole('radio', { name: 'Last 12 weeks' })).toBeChecked();
  await expect(insights.sentence(page, 'Outreach per week')).toHaveText(
    'You reached out to 3 new people in the last 12 weeks, 3 more than the 12 before. One week met your weekly challenge of 2.',
  );
  await expect(
    insights.chart(page, 'Outreach per week').getByRole('img', { name: /new people reached out/ }),
  ).toBeVisible();
  const table = await insights.showTable(page, 'Outreach per week');
  await expect(table.getByRole('columnheader')).toHaveText(['Week', 'New people', 'Weekly challenge']);
  const rows = await insights.rows(table);
  expect(rows).toHaveLength(12);
  // This week is the last row: 3 new people against the challenge of 2; the weeks before had nobody.
  expect(rows.at(-1)?.slice(1)).toEqual(['3', '2']);
  expect(rows.slice(0, -1).every((row) => row[1] === '0')).toBe(true);

  // A shorter period: the same three people, the table now four weeks long.
  await page.getByRole('radio', { name: 'Last 4 weeks' }).check();
  await expect(insights.sentence(page, 'Outreach per week')).toContainText('3 new people in the last 4 weeks');
  expect(await insights.rows(insights.chart(page, 'Outreach per week').getByRole('table'))).toHaveLength(4);

  // Messages take no energy by default: nothing to draw yet, said calmly.
  const energy = insights.chart(page, 'Energy');
  await expect(energy.getByRole('img')).toHaveCount(0);
  await expect(insights.sentence(page, 'Energy')).toContainText('No energy recorded in the last 4 weeks yet.');

  // An evening at a meetup, recorded afterwards.
  const day = await today.localDay(page);
  await events.plan(page, { title: 'Design meetup', date: day, meetContacts: ['Bo Ek'], energy: 'Some' });
  await events.recordAftermath(page, { energy: 'A lot', people: [{ name: 'Bo Ek', line: 'Talked about tokens' }] });
  await insights.open(page);
  await expect(energy.getByRole('img', { name: /energy each week took/ })).toBeVisible();
  await expect(insights.sentence(page, 'Energy')).toContainText(
    /^Your social life took [1-9]\d* energy points? in the last 12 weeks/,
  );
  const energyRows = await insights.rows(await insights.showTable(page, 'Energy'));
  expect(Number(energyRows.at(-1)?.[1])).toBeGreaterThan(0);

  await audit.place(page, 'Insights, tables shown');
});

test('a goal with nobody beyond identified gets a kind pointer that leads to its page', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.goTo(page, 'Goals');
  await page.getByRole('button', { name: 'New goal' }).click();
  const form = page.getByRole('form', { name: 'New goal' });
  await form.getByLabel('Title').fill('Find a mentor');
  await form.getByRole('button', { name: 'Create goal' }).click();
  await expect(page).toHaveURL(/#\/goal\/[^/]+$/);
  const goalUrl = page.url();

  await insights.open(page);
  const goals = insights.chart(page, 'Goals and the people for them');
  await expect(goals.getByText('Nobody for “Find a mentor” is beyond identified yet.')).toBeVisible();
  await goals.getByRole('link', { name: 'Pick someone for Find a mentor' }).click();
  await expect(page).toHaveURL(goalUrl);
  await audit.place(page, 'Insights');
});

test('Insikter på svenska', async ({ launch }) => {
  const app = await launch({ env: { RAPPORT_TEST_LOCALE: 'sv-SE' } });
  const page = await app.firstWindow();
  await insights.open(page, 'Insikter');
  await expect(page.getByRole('radio', { name: 'Senaste 12 veckorna' })).toBeChecked();
  await expect(insights.sentence(page, 'Nya kontakter per vecka')).toHaveText(
    'Du hörde av dig till 0 nya personer de senaste 12 veckorna, lika många som de 12 veckorna innan. Din veckoutmaning är 2; varje ny person räknas.',
  );
  const table = await insights.showTable(page, 'Nya kontakter per vecka', 'Visa som tabell');
  await expect(table.getByRole('columnheader')).toHaveText(['Vecka', 'Nya personer', 'Veckoutmaning']);
  await expect(table.locator('caption')).toHaveText('Nya personer du hört av dig till per vecka');
  expect((await insights.rows(table)).at(-1)?.[0]).toMatch(/^Vecka \d+ \(/);
  await expect(insights.chart(page, 'Energi')).toContainText('Ingen energi registrerad de senaste 12 veckorna än.');
  await expect(insights.chart(page, 'Nätverk')).toBeVisible();
  await audit.place(page, 'Insikter');
});
