// User story: each day I open my journal on Today — what is worth a moment now, and nothing more. A new
// journal shows me three first steps instead, which tick themselves off as I take them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';
import { contactPage } from '../support/contact-ui';
import { goals } from '../support/goals-ui';
import { today } from '../support/today-ui';
import { interactions } from '../support/interaction-ui';
import { shownDay } from '../support/day-field';

const fixture = (name: string): string => join(__dirname, '..', '..', 'main', 'cli', 'fixtures', name);

test('a new journal opens on Today with first steps that tick themselves off, then make way', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  const nav = page.getByRole('navigation', { name: 'Journal' });
  await expect(nav.getByRole('link', { name: 'Today', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: 'Today', level: 2 })).toBeVisible();
  await expect(today.guide(page)).toBeVisible();
  for (const step of ['Write one goal', 'Add three people', 'Plan one small step'] as const)
    await expect(today.step(page, step)).not.toBeChecked();
  // An empty journal gets only the guide: no prompt, no energy, no review yet.
  await expect(page.getByRole('region', { name: 'Prompt of the day' })).toHaveCount(0);

  await goals.create(page, 'Find a mentor in product design');
  await today.open(page);
  await expect(today.step(page, 'Write one goal')).toBeChecked();
  await expect(today.step(page, 'Add three people')).not.toBeChecked();

  // Three people from LinkedIn's Connections.csv, through the guide's own import.
  await app.dialogs.nextOpenDialog({ canceled: false, filePaths: [fixture('connections-v1.csv')] });
  await today.guide(page).getByRole('button', { name: 'Import LinkedIn’s Connections.csv…' }).click();
  const preview = page.getByRole('dialog', { name: 'Import preview' });
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(today.step(page, 'Add three people')).toBeChecked();
  await expect(today.step(page, 'Plan one small step')).not.toBeChecked();

  await today.guide(page).getByRole('link', { name: 'Open your goal' }).click();
  await goals.addStep(page, 'Ask Linnea how she found her mentor');
  await today.open(page);
  await expect(today.guide(page)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Prompt of the day' })).toBeVisible();
  const review = page.getByRole('main').getByRole('region', { name: 'Weekly review' });
  await expect(review.getByRole('link', { name: 'Weekly review' })).toHaveAttribute('href', '#/review');
});

test('the first steps can be put away once I have begun, and Settings brings them back', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.goTo(page, 'People');
  await journal.addContact(page, { name: 'Linnea Ek' });
  await today.open(page);
  await today.guide(page).getByRole('button', { name: 'Hide these steps' }).click();
  await expect(today.guide(page)).toHaveCount(0);
  await expect(page.getByText('The first steps are hidden. Settings can show them again.')).toBeVisible();
  await journal.expectSaved(page);

  await journal.goTo(page, 'Settings');
  const show = page.getByRole('checkbox', { name: 'Show the first steps on Today' });
  await expect(show).not.toBeChecked();
  await show.check();
  await today.open(page);
  await expect(today.guide(page)).toBeVisible();
});

test('a due next step waits on Today; Done ticks it off, Reschedule moves it on, and the keys work', async ({
  launch,
}) => {
  const app = await launch();
  const page = await app.firstWindow();
  const day = await today.localDay(page);
  for (const [name, step] of [
    ['Ana Berg', 'Send Ana the article'],
    ['Bo Ek', 'Ask Bo about the meetup'],
  ] as const) {
    await journal.addContact(page, { name });
    await contactPage.openFromPeople(page, name);
    await contactPage.field(page, 'What is the next step?').fill(step);
    await page.getByLabel('By when').fill(day);
    await journal.expectSaved(page);
  }

  await today.open(page);
  const steps = today.items(page, 'Next steps');
  await expect(steps).toHaveCount(2);
  const ana = today.item(page, 'Next steps', 'Ana Berg');
  await expect(ana).toContainText('Send Ana the article');
  await expect(ana).toContainText('Planned for today');

  // ↓ moves from one item to the next, ↑ back; Enter runs the item's main action (opens the person).
  const anaLink = ana.getByRole('link', { name: 'Ana Berg', exact: true });
  const boLink = today.item(page, 'Next steps', 'Bo Ek').getByRole('link', { name: 'Bo Ek', exact: true });
  await anaLink.focus();
  await page.keyboard.press('ArrowDown');
  await expect(boLink).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(anaLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(contactPage.name(page)).toHaveValue('Ana Berg');
  await page.keyboard.press('Alt+ArrowLeft');

  await ana.getByRole('button', { name: 'Done' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Done — the next step with Ana Berg is ticked off.' }),
  ).toBeVisible();
  await expect(steps).toHaveCount(1);
  await expect(boLink).toBeFocused(); // the keyboard is not dropped when an item leaves

  const bo = today.item(page, 'Next steps', 'Bo Ek');
  await bo.getByRole('button', { name: 'Reschedule' }).click();
  await bo
    .getByRole('group', { name: 'A new day for the next step with Bo Ek' })
    .getByRole('button', { name: 'Tomorrow' })
    .click();
  await expect(page.getByRole('list', { name: 'Next steps' })).toHaveCount(0);
  await contactPage.openFromPeople(page, 'Ana Berg');
  await expect(contactPage.field(page, 'What is the next step?')).toHaveValue('');
  await contactPage.openFromPeople(page, 'Bo Ek');
  await expect(page.getByLabel('By when')).toHaveValue(shownDay(await today.localDay(page, 1)));
});

test('Idag och dagens fråga: Skriv starts a reflection that keeps the Swedish prompt', async ({ launch, dataDir }) => {
  const app = await launch({ env: { RAPPORT_TEST_LOCALE: 'sv-SE' } });
  const page = await app.firstWindow();
  const nav = page.getByRole('navigation', { name: 'Journal' });
  await expect(nav.getByRole('link', { name: 'Idag', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(today.guide(page)).toHaveCount(0); // no English here
  await expect(page.getByRole('region', { name: 'Första stegen' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Skriv ett mål' })).not.toBeChecked();

  // One person is enough to leave the empty journal: Today then offers the prompt of the day.
  await nav.getByRole('link', { name: 'Personer', exact: true }).click();
  await page.getByRole('button', { name: 'Ny kontakt' }).click();
  const form = page.getByRole('form', { name: 'Ny kontakt' });
  await form.getByLabel('Namn', { exact: true }).fill('Åsa Öberg');
  await form.getByRole('button', { name: 'Lägg till kontakt' }).click();
  await nav.getByRole('link', { name: 'Idag', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Idag', level: 2 })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Lägg till tre personer' })).not.toBeChecked();

  const prompt = page.getByRole('region', { name: 'Dagens fråga' });
  const text = (await prompt.locator('blockquote').innerText()).trim();
  expect(text.length).toBeGreaterThan(10);
  await prompt.getByRole('button', { name: 'Skriv' }).click();
  await expect(page).toHaveURL(/#\/reflection\/[^/]+$/);

  // The reflection is in the journal with the prompt as it was shown, in Swedish.
  await nav.getByRole('link', { name: 'Dina data', exact: true }).click();
  const target = join(dataDir, 'export.json');
  await app.dialogs.nextSaveDialog({ canceled: false, filePath: target });
  await page.getByRole('region', { name: 'Exportera' }).getByRole('button', { name: 'JSON', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Dina data' }).getByRole('status')).toContainText(target);
  const json = JSON.parse(readFileSync(target, 'utf8')) as { reflections: Array<Record<string, unknown>> };
  expect(json.reflections).toHaveLength(1);
  expect(json.reflections[0]).toMatchObject({ promptText: text });
});

test('the energy an interaction took counts in the week’s energy on Today', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.addContact(page, { name: 'Ana Berg' });
  await today.open(page);
  const energy = page.getByRole('region', { name: 'This week’s social energy' });
  await expect(energy).toContainText('0 of 12 points: 0 spent, 0 planned');

  await interactions.openWithKeyboard(page);
  const dialog = page.getByRole('dialog', { name: 'Log an interaction' });
  await dialog.getByRole('combobox', { name: 'With whom' }).fill('Ana');
  await dialog.getByRole('option', { name: /Ana Berg/ }).click();
  const took = dialog.getByRole('group', { name: 'Energy it took' });
  await expect(took.getByRole('radio', { name: '0' })).toBeChecked(); // a message usually takes nothing
  await dialog.getByLabel('Kind').selectOption({ label: 'Coffee' });
  await expect(took.getByRole('radio', { name: '2' })).toBeChecked();
  await took.getByRole('radio', { name: '3' }).check(); // this one took more
  await dialog.getByLabel('What happened').fill('Coffee at the design meetup');
  await dialog.getByRole('button', { name: 'Log it' }).click();
  await expect(dialog).toBeHidden();
  await expect(energy).toContainText('3 of 12 points: 3 spent, 0 planned');
});
