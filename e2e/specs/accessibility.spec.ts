// User story: I use Rapport with a keyboard, a screen reader or tired eyes, in a light or a dark room — every
// place and dialog passes an axe-core audit with nothing serious or critical, in both themes.
import { test, expect } from '../fixtures/test';
import { audit } from '../support/audit-ui';
import { contactPage } from '../support/contact-ui';
import { events } from '../support/events-ui';
import { circles, goals, trashCan } from '../support/goals-ui';
import { inbox } from '../support/inbox-ui';
import { journal } from '../support/journal-ui';
import { quickNote } from '../support/quick-note-ui';
import { reflections } from '../support/reflections-ui';
import { dayFromToday, review } from '../support/review-ui';

test('every place and dialog passes the audit in light and dark', async ({ launch }) => {
  test.setTimeout(120_000);
  const app = await launch();
  const page = await app.firstWindow();

  // A journal with one of everything, so each place shows its content rather than its empty state.
  await journal.addContact(page, { name: 'Ana Berg', company: 'Nordlys AB', role: 'Design lead' });
  await review.logOn(page, { person: 'Ana Berg', date: dayFromToday(-1), kind: 'Coffee', summary: 'Coffee' });
  await goals.create(page, 'Old plan');
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await goals.create(page, 'Find a mentor');
  await goals.linkPerson(page, 'Ana Berg');
  await circles.create(page, 'Design friends');
  await events.plan(page, { title: 'Design meetup', date: dayFromToday(3), meetContacts: ['Ana Berg'] });
  await reflections.open(page);
  await reflections.newFromPrompt(page, 'Strengths');
  await reflections.write(page, 'Listening first helped.');
  const note = await quickNote.openFromTray(app);
  await quickNote.field(note).fill('Ask Ana about the guild');
  await quickNote.people(note).fill('ana');
  await expect(note.getByRole('option', { name: /Ana Berg/ })).toBeVisible();
  await audit.place(note, 'The quick note, suggesting people');
  await quickNote.people(note).press('Enter');
  await audit.place(note, 'The quick note');
  await quickNote.saveWithKeys(app, note);

  await journal.goTo(page, 'Today');
  await audit.place(page, 'Today');
  await journal.goTo(page, 'People');
  await audit.place(page, 'People');
  await contactPage.openFromPeople(page, 'Ana Berg');
  await audit.place(page, 'A contact page');
  await journal.goTo(page, 'Pipeline');
  await audit.place(page, 'Pipeline');
  await goals.open(page);
  await audit.place(page, 'Goals');
  await goals.active(page).getByRole('link', { name: 'Find a mentor' }).click();
  await expect(page.getByLabel('Goal title')).toHaveValue('Find a mentor');
  await audit.place(page, 'A goal page');
  await events.open(page);
  await audit.place(page, 'Events');
  await events.upcoming(page).getByRole('link', { name: 'Design meetup' }).click();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Design meetup');
  await audit.place(page, 'An event page');
  await reflections.open(page);
  await audit.place(page, 'Reflections');
  await reflections.rows(page).first().getByRole('link').click();
  await expect(reflections.body(page)).toContainText('Listening first helped.');
  await audit.place(page, 'A reflection page');
  await journal.goTo(page, 'Circles');
  await audit.place(page, 'Circles');
  await circles.list(page).getByRole('link', { name: 'Design friends' }).click();
  await expect(page.getByLabel('Circle name')).toHaveValue('Design friends');
  await audit.place(page, 'A circle page');
  await inbox.open(page);
  await expect(inbox.notes(page)).toHaveCount(1);
  await audit.place(page, 'Inbox');

  await review.open(page);
  const steps = ['The week in numbers', 'Who went quiet', 'Goals', 'Next week', 'Write'];
  for (const [index, step] of steps.entries()) {
    await review.expectStep(page, index + 1, step);
    await audit.place(page, `Weekly review, step ${index + 1}`);
    if (index < steps.length - 1) await review.next(page);
  }

  await trashCan.open(page);
  await expect(trashCan.entries(page)).toHaveCount(1);
  await audit.place(page, 'Trash');
  await journal.goTo(page, 'Settings');
  await audit.place(page, 'Settings');
  await journal.goTo(page, 'Your data');
  await audit.place(page, 'Your data');

  await page.keyboard.press('ControlOrMeta+Shift+L');
  const log = page.getByRole('dialog', { name: 'Log an interaction' });
  await expect(log).toBeVisible();
  await audit.place(page, 'The Log interaction dialog');
  await page.keyboard.press('Escape');
  await expect(log).toBeHidden();
  await page.getByRole('button', { name: /Keyboard shortcuts/ }).click();
  const keys = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(keys).toBeVisible();
  await audit.place(page, 'The keyboard shortcuts dialog');
});

test('the first Tab offers "Skip to content", and each new place puts the focus on its heading', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  // The window opens on Today without moving the focus anywhere.
  await expect(page.getByRole('heading', { name: 'Today', level: 2 })).toBeVisible();
  await expect(page.locator('body')).toBeFocused();

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Today', level: 2 })).toBeFocused();
  await expect(page).toHaveURL(/#\/today$|#?$/);

  // From the sidebar, by keyboard: the new place's title takes the focus, and Tab goes on from there.
  const nav = page.getByRole('navigation', { name: 'Journal' });
  await nav.getByRole('link', { name: 'Goals', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Goals', level: 2 })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'New goal' })).toBeFocused();

  // By mouse too, in every place, and back through the window's history.
  const places = ['Pipeline', 'Events', 'Reflections', 'Circles', 'Inbox', 'Weekly review', 'Trash'] as const;
  for (const place of [...places, 'Settings', 'Your data', 'Today', 'People'] as const) {
    await journal.goTo(page, place);
    await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeFocused();
  }
  await expect(page.getByRole('heading', { name: 'People', level: 2 })).toBeFocused();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByRole('heading', { name: 'Today', level: 2 })).toBeFocused();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByRole('heading', { name: 'Your data', level: 2 })).toBeFocused();
  await journal.goTo(page, 'Goals');

  // A new goal opens its page, whose title (the goal's own name) takes the focus.
  await page.getByRole('button', { name: 'New goal' }).click();
  const form = page.getByRole('form', { name: 'New goal' });
  await form.getByLabel('Title').fill('Find a mentor');
  await form.getByRole('button', { name: 'Create goal' }).click();
  await expect(page.getByRole('heading', { level: 2 }).filter({ has: page.getByLabel('Goal title') })).toBeFocused();

  // A dialog keeps the focus while the place changes behind it (the window going back).
  await page.keyboard.press('ControlOrMeta+Shift+L');
  const log = page.getByRole('dialog', { name: 'Log an interaction' });
  await expect(log.locator(':focus')).toHaveCount(1);
  await page.evaluate(() => history.back());
  await expect(page.getByRole('heading', { name: 'Goals', level: 2 })).toBeVisible();
  await expect(log).toBeVisible();
  await expect(log.locator(':focus')).toHaveCount(1);
});

test('in Swedish the link says "Hoppa till innehållet"; asking the system for less motion stills the app', async ({
  launch,
}) => {
  const app = await launch({ env: { RAPPORT_TEST_LOCALE: 'sv-SE' } });
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { name: 'Idag', level: 2 })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Hoppa till innehållet' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Idag', level: 2 })).toBeFocused();

  // A button eases its background in 120 ms; with reduced motion it changes at once.
  const button = page.getByRole('button', { name: 'Logga kontakt' });
  const seconds = () => button.evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
  expect(await seconds()).toBeCloseTo(0.12);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await seconds()).toBeLessThan(0.001);
});
