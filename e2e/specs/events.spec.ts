// User story: I go to a meetup with something in sight — a purpose, openers, an energy budget, an exit plan
// and two people to meet — and afterwards write down what happened, in one step I can take back.
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';
import { contactPage } from '../support/contact-ui';
import { interactions } from '../support/interaction-ui';
import { events } from '../support/events-ui';
import { shownDay } from '../support/day-field';

function weekEnergy(page: Page) {
  return page.getByRole('region', { name: 'This week’s social energy' });
}

function localDay(offset = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

test('I plan an event, record whom I met, undo it in one step, and reflect', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.goTo(page, 'People');
  await journal.addContact(page, { name: 'Åsa Lindqvist', company: 'Nordlys AB' });

  await events.open(page);
  await expect(page.getByRole('heading', { name: 'Plan one event at a time' })).toBeVisible();
  await events.plan(page, {
    title: 'Design meetup',
    date: localDay(),
    time: '18:00',
    place: 'Nordlys office',
    purpose: 'Meet two people who work on design systems.',
    meetContacts: ['Åsa Lindqvist'],
    meetNames: ['Maja Berg'],
    openers: ['What brought you here tonight?', 'What are you working on right now?'],
    energy: 'A fair amount',
    exitPlan: 'After two good conversations, or at nine.',
  });
  await expect(events.preparation(page)).toHaveText('Prepared');
  await expect(page.getByRole('list', { name: 'Openers' }).getByRole('listitem')).toHaveCount(2);
  // Planned, the evening already counts in the week's energy with what it will take.
  await journal.goTo(page, 'Today');
  await expect(weekEnergy(page)).toContainText('3 of 12 points: 0 spent, 3 planned');

  await events.open(page);
  await expect(events.upcoming(page)).toHaveCount(1);
  await expect(events.upcoming(page).first()).toContainText('Design meetup');
  await expect(events.upcoming(page).first()).toContainText('Nordlys office');
  await expect(events.upcoming(page).first()).toContainText('Prepared');
  await events.upcoming(page).getByRole('link', { name: 'Design meetup' }).click();

  // Afterwards: both were met; Maja is new, with a next step.
  await events.recordAftermath(page, {
    energy: 'A lot',
    people: [
      { name: 'Åsa Lindqvist', line: 'Talked about mentoring' },
      {
        name: 'Maja Berg',
        line: 'She leads the design system at Kvarn',
        nextStep: 'Send her the talk',
        due: localDay(3),
      },
    ],
  });
  await expect(page.getByRole('status').filter({ hasText: 'Saved: you met 2 people.' })).toBeVisible();
  await expect(events.met(page)).toHaveText(['Åsa Lindqvist', 'Maja Berg']);
  await expect(page.getByRole('button', { name: 'Write a reflection' })).toBeFocused();
  // Recorded, it counts with what it took (once, not once per person met).
  const eventUrl = page.url();
  await journal.goTo(page, 'Today');
  await expect(weekEnergy(page)).toContainText('4 of 12 points: 4 spent, 0 planned');
  await page.goto(eventUrl);
  // Maja is a contact now, so the plan lists her as one.
  await expect(events.chips(page, 'People I want to meet').getByRole('link', { name: 'Maja Berg' })).toBeVisible();

  // The new person is a contact: met at an event, in touch, with the conversation on her timeline.
  await journal.goTo(page, 'People');
  await expect(journal.person(page, 'Maja Berg')).toHaveCount(1);
  await contactPage.openFromPeople(page, 'Maja Berg');
  await expect(page.getByRole('combobox', { name: 'Found through' }).locator('option:checked')).toHaveText('An event');
  await expect(contactPage.stage(page)).toHaveText('In touch');
  await expect(contactPage.timeline(page)).toHaveCount(1);
  await expect(contactPage.timeline(page).first()).toContainText('Event');
  await expect(contactPage.timeline(page).first()).toContainText('She leads the design system at Kvarn');
  await expect(page.getByLabel('What is the next step?')).toHaveValue('Send her the talk');
  await expect(page.getByLabel('By when')).toHaveValue(shownDay(localDay(3)));
  await expect(contactPage.timeline(page).getByRole('link', { name: 'Design meetup' })).toBeVisible();

  await contactPage.openFromPeople(page, 'Åsa Lindqvist');
  await expect(contactPage.timeline(page)).toHaveCount(1);
  await expect(contactPage.timeline(page).first()).toContainText('Talked about mentoring');
  await contactPage.timeline(page).getByRole('link', { name: 'Design meetup' }).click();
  await expect(page).toHaveURL(/#\/event\/[^/]+$/);

  // One Undo takes the whole record back: no new contact, no interactions, nothing recorded.
  await interactions.undo(page);
  await expect(page.getByRole('button', { name: 'Record what happened' })).toBeVisible();
  await expect(events.met(page)).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Not in my contacts yet' })).toContainText('Maja Berg');
  await contactPage.openFromPeople(page, 'Åsa Lindqvist');
  await expect(contactPage.timeline(page)).toHaveCount(0);
  await journal.goTo(page, 'People');
  await expect(journal.person(page, 'Maja Berg')).toHaveCount(0);

  // Recorded again, this time Maja only; then a reflection on the evening.
  await events.open(page);
  await events.upcoming(page).getByRole('link', { name: 'Design meetup' }).click();
  await events.recordAftermath(page, {
    energy: 'Some',
    people: [{ name: 'Åsa Lindqvist', met: false }, { name: 'Maja Berg' }],
  });
  await expect(events.met(page)).toHaveText(['Maja Berg']);
  await page.getByRole('button', { name: 'Write a reflection' }).click();
  await expect(page).toHaveURL(/#\/reflection\/[^/]+$/);
  // The reflection is about the evening and the person met, and the event's page lists it.
  await expect(page.getByRole('list', { name: 'Events' }).getByRole('link', { name: 'Design meetup' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'People' }).getByRole('link', { name: 'Maja Berg' })).toBeVisible();
  await page.getByRole('list', { name: 'Events' }).getByRole('link', { name: 'Design meetup' }).click();
  await expect(
    page.getByRole('region', { name: 'Reflections' }).getByRole('link', { name: /After Design meetup/ }),
  ).toBeVisible();
});

test('a goal and an event link to each other from both pages', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.goTo(page, 'Goals');
  await page.getByRole('button', { name: 'New goal' }).click();
  await page.getByRole('form', { name: 'New goal' }).getByLabel('Title').fill('Find a mentor');
  await page.getByRole('button', { name: 'Create goal' }).click();

  await events.plan(page, { title: 'Design meetup', date: localDay(7) });
  await page.getByRole('combobox', { name: 'Goals' }).fill('mentor');
  await page.getByRole('option', { name: /Find a mentor/ }).click();
  await events.chips(page, 'Goals').getByRole('link', { name: 'Find a mentor' }).click();

  await expect(page).toHaveURL(/#\/goal\/[^/]+$/);
  const linked = events.chips(page, 'Events for this goal');
  await expect(linked.getByRole('link', { name: 'Design meetup' })).toBeVisible();
  await page.getByRole('button', { name: 'Remove Design meetup' }).click();
  await expect(linked).toBeHidden();
  await page.getByRole('combobox', { name: 'Events for this goal' }).fill('meetup');
  await page.getByRole('option', { name: /Design meetup/ }).click();
  await linked.getByRole('link', { name: 'Design meetup' }).click();
  await expect(events.chips(page, 'Goals').getByRole('link', { name: 'Find a mentor' })).toBeVisible();
});

test('an event moved to the trash waits there and comes back', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await events.plan(page, { title: 'Alumni mingle', date: localDay(-3) });
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByRole('heading', { name: '“Alumni mingle” is in the trash' })).toBeVisible();
  await events.open(page);
  await expect(page.getByRole('heading', { name: 'Plan one event at a time' })).toBeVisible();
  await page.goBack();
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Alumni mingle');

  await events.open(page);
  const past = page.getByRole('list', { name: 'Past' }).getByRole('listitem');
  await expect(past).toHaveCount(1);
  await expect(past.first()).toContainText('Record what happened');

  await page.evaluate(() => (location.hash = '#/event/no-such-event'));
  await expect(page.getByRole('heading', { name: 'This event is not here' })).toBeVisible();
  await page.getByRole('link', { name: 'All events' }).click();
  await expect(page.getByRole('heading', { name: 'Events', level: 2 })).toBeVisible();
});
