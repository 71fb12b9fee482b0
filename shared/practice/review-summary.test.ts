import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addStep,
  createContact,
  createEvent,
  createGoal,
  linkContactToGoal,
  listContacts,
  listEvents,
  listGoals,
  listInteractions,
  logInteraction,
  recordAftermath,
  trash,
  updateContact,
  updateGoal,
  updateStep,
  weeklyChallenge,
} from '../schema';
import { at } from '../schema/test-support';
import { reviewLinks, reviewWeek, type ReviewData } from './review-summary';

/** Friday 27 November 2026; its week runs Monday 23 to Sunday 29 November. */
const FRIDAY = '2026-11-27';

function data(doc: Y.Doc, budget = 12): ReviewData {
  return {
    contacts: listContacts(doc),
    interactions: listInteractions(doc),
    events: listEvents(doc),
    goals: listGoals(doc),
    budget,
  };
}

/** A journal with a little of everything around the week of 23–29 November. */
function journal() {
  const doc = new Y.Doc();
  const old = at('2026-10-01');
  const ana = createContact(doc, { name: 'Ana', stage: 'in-touch', cadence: { idealDays: 14, maxDays: 30 } }, old);
  logInteraction(doc, { date: '2026-10-05', kind: 'call', contactIds: [ana] }, old);
  const bo = createContact(doc, { name: 'Bo', stage: 'in-touch', cadence: { idealDays: 7, maxDays: 21 } }, old);
  logInteraction(doc, { date: '2026-11-20', kind: 'coffee', contactIds: [bo] }, at('2026-11-20'));
  const cy = createContact(doc, { name: 'Cy' }, at('2026-11-01'));
  updateContact(doc, cy, { stage: 'reached-out' }, at('2026-11-24'));
  logInteraction(doc, { date: '2026-11-26', kind: 'coffee', contactIds: [cy] }, at('2026-11-26'));
  const dee = createContact(doc, { name: 'Dee', stage: 'in-touch' }, at('2026-11-01'));
  logInteraction(doc, { date: '2026-11-25', kind: 'message', contactIds: [dee] }, at('2026-11-25'));
  const eve = createContact(doc, { name: 'Eve' }, at('2026-11-01'));
  updateContact(doc, eve, { stage: 'relationship' }, at('2026-11-16'));
  const fay = createContact(doc, { name: 'Fay', stage: 'in-touch' }, at('2026-11-01'));
  updateContact(doc, fay, { stage: 'paused' }, at('2026-11-26'));
  const gus = createContact(doc, { name: 'Gus' }, at('2026-11-01'));
  const gone = createContact(doc, { name: 'Gone', stage: 'in-touch', cadence: { idealDays: 7, maxDays: 7 } }, old);
  trash(doc, 'contacts', gone, old);

  const meetup = createEvent(doc, { title: 'Design meetup', date: '2026-11-24', energyPlanned: 3 }, old);
  recordAftermath(doc, meetup, { energySpent: 4, met: [{ contactId: eve }] }, at('2026-11-24', 21));
  const dinner = createEvent(doc, { title: 'Alumni dinner', date: '2026-11-28', energyPlanned: 2 }, old);
  const conference = createEvent(doc, { title: 'Conference', date: '2026-12-02', energyPlanned: 5 }, old);
  createEvent(doc, { title: 'Later', date: '2026-12-08', energyPlanned: 1 }, old);
  logInteraction(doc, { date: '2026-11-30', kind: 'call', contactIds: [dee] }, at('2026-11-30'));

  const mentor = createGoal(doc, { title: 'Find a mentor' }, old);
  linkContactToGoal(doc, cy, mentor, old);
  const speak = createGoal(doc, { title: 'Speak at a meetup' }, at('2026-10-02'));
  linkContactToGoal(doc, gus, speak, old);
  const step = addStep(doc, speak, { text: 'Pick a topic' }, old);
  addStep(doc, speak, { text: 'Write to the organiser' }, old);
  updateStep(doc, speak, step, { done: true }, old);
  const settled = createGoal(doc, { title: 'Settled' }, old);
  linkContactToGoal(doc, gus, settled, old);
  updateGoal(doc, settled, { status: 'achieved' }, old);
  return { doc, ana, bo, cy, dee, eve, fay, gus, meetup, dinner, conference, mentor, speak };
}

describe('the weekly review summary', () => {
  it('counts the week in numbers: interactions, people, reach-outs, moves, events and energy', () => {
    const j = journal();
    const review = reviewWeek(data(j.doc), FRIDAY);
    expect(review.week).toEqual({ start: '2026-11-23', end: '2026-11-29' });
    // Cy's coffee, Dee's message and Eve at the meetup; Bo's coffee was last week, Dee's call next week.
    expect(review.interactions).toBe(3);
    expect(review.peopleInTouch).toBe(3);
    // Cy by moving to reached out, Dee by a first message; Eve moved last week.
    expect(review.reachedOut.map((c) => c.name)).toEqual(['Cy', 'Dee']);
    expect(review.moved.map((c) => c.name)).toEqual(['Cy', 'Fay']);
    expect(review.eventsHeld.map((e) => e.title)).toEqual(['Design meetup']);
    // Spent: the meetup's 4 (its interaction counts through it) + Cy's coffee 2 + Dee's message 0.
    expect(review.energy).toMatchObject({ spent: 6, planned: 2, budget: 12, full: false });
  });

  it('agrees with the weekly challenge on who was reached out to', () => {
    const j = journal();
    const review = reviewWeek(data(j.doc), FRIDAY);
    expect(review.reachedOut.map((c) => c.id).sort()).toEqual(weeklyChallenge(j.doc, FRIDAY).contactIds);
  });

  it('lists who went quiet: keep-in-touch overdue, not merely due, never the trash', () => {
    const j = journal();
    const review = reviewWeek(data(j.doc), FRIDAY);
    expect(review.quiet).toEqual([
      { contact: expect.objectContaining({ name: 'Ana' }), lastInteraction: '2026-10-05', daysSince: 53 },
    ]);
    updateContact(j.doc, j.bo, { cadence: { idealDays: 2, maxDays: 3 } }, at(FRIDAY));
    const later = reviewWeek(data(j.doc), FRIDAY);
    expect(later.quiet.map((q) => q.contact.name)).toEqual(['Ana', 'Bo']);
  });

  it('shows every active goal with its progress and asks for a person where nobody is reached out', () => {
    const j = journal();
    const review = reviewWeek(data(j.doc), FRIDAY);
    expect(review.goals.map((g) => [g.goal.title, g.needsPerson])).toEqual([
      ['Find a mentor', false],
      ['Speak at a meetup', true],
    ]);
    const speak = review.goals[1];
    expect(speak?.progress).toMatchObject({ stepsDone: 1, stepsTotal: 2 });
    expect(speak?.progress.contactsByStage.identified).toBe(1);
  });

  it('looks ahead: the rest of this week, and next week with its planned energy', () => {
    const j = journal();
    const review = reviewWeek(data(j.doc, 4), FRIDAY);
    expect(review.laterThisWeek.map((e) => e.title)).toEqual(['Alumni dinner']);
    expect(review.nextWeek).toMatchObject({ start: '2026-11-30', end: '2026-12-06' });
    expect(review.nextWeek.events.map((e) => e.title)).toEqual(['Conference']);
    // Dee's call on Monday counts as spent next week; the conference is planned and more than a budget of 4.
    expect(review.nextWeek.energy).toMatchObject({ spent: 1, planned: 5, budget: 4, full: true });
  });

  it('on Sunday the whole week has been held', () => {
    const j = journal();
    const review = reviewWeek(data(j.doc), '2026-11-29');
    expect(review.week.start).toBe('2026-11-23');
    expect(review.eventsHeld.map((e) => e.title)).toEqual(['Design meetup', 'Alumni dinner']);
    expect(review.laterThisWeek).toEqual([]);
  });

  it('counts a move an older version recorded only as reachedOutOn', () => {
    const j = journal();
    const contacts = listContacts(j.doc).map((c) => (c.name === 'Cy' ? { ...c, stageChangedOn: undefined } : c));
    const review = reviewWeek({ ...data(j.doc), contacts }, FRIDAY);
    expect(review.moved.map((c) => c.name)).toEqual(['Cy', 'Fay']);
  });

  it('spans a year boundary, and an empty journal is a calm week of zeros', () => {
    const review = reviewWeek({ contacts: [], interactions: [], events: [], goals: [], budget: 0 }, '2027-01-01');
    expect(review.week).toEqual({ start: '2026-12-28', end: '2027-01-03' });
    expect(review.nextWeek).toMatchObject({ start: '2027-01-04', end: '2027-01-10', events: [] });
    expect(review).toMatchObject({
      interactions: 0,
      peopleInTouch: 0,
      reachedOut: [],
      moved: [],
      quiet: [],
      goals: [],
    });
    expect(review.energy).toMatchObject({ spent: 0, planned: 0, budget: 0, full: false });
  });

  it('links the reflection to the people, events and goals it names', () => {
    const j = journal();
    const links = reviewLinks(reviewWeek(data(j.doc), FRIDAY));
    expect(links.contactIds.sort()).toEqual([j.ana, j.cy, j.dee, j.fay].sort());
    expect(links.eventIds.sort()).toEqual([j.meetup, j.dinner, j.conference].sort());
    expect(links.goalIds).toEqual([j.mentor, j.speak]);
  });
});
