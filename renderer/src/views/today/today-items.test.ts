import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createContact,
  createEvent,
  createGoal,
  addStep,
  lastInteractionDates,
  listContacts,
  listEvents,
  listGoals,
  listInteractions,
  logInteraction,
  recordReview,
  setEnergyBudget,
  energyBudget,
  type ContactInput,
} from '@shared/schema';
import { at } from '@shared/schema/test-support';
import { todayItems, type TodayInput } from './today-items';
import { firstSteps } from './first-steps';

// Wednesday 2 December 2026; the review day is Friday (5) unless a test says otherwise.
const TODAY = '2026-12-02';

function input(doc: Y.Doc, today = TODAY, extra: Partial<TodayInput> = {}): TodayInput {
  return {
    today,
    contacts: listContacts(doc),
    lastInteractions: lastInteractionDates(doc),
    events: listEvents(doc),
    interactions: listInteractions(doc),
    inboxCount: 0,
    energyBudget: energyBudget(doc),
    reviewDay: 5,
    lastReviewOn: undefined,
    ...extra,
  };
}

function person(doc: Y.Doc, fields: ContactInput, createdOn = '2026-10-01'): string {
  return createContact(doc, fields, at(createdOn));
}

describe('todayItems: next steps', () => {
  it('lists next steps due today or earlier, most overdue first, and leaves later or undated ones out', () => {
    const doc = new Y.Doc();
    person(doc, { name: 'Today Tove', nextStep: { text: 'Send the article', due: TODAY } });
    person(doc, { name: 'Late Lars', nextStep: { text: 'Ask about the meetup', due: '2026-11-25' } });
    person(doc, { name: 'Later Lea', nextStep: { text: 'Coffee', due: '2026-12-03' } });
    person(doc, { name: 'Someday Sam', nextStep: { text: 'Say thanks', due: undefined } });
    person(doc, { name: 'Also late Ada', nextStep: { text: 'Reply', due: '2026-11-25' } });
    const { nextSteps } = todayItems(input(doc));
    expect(nextSteps.map((s) => [s.contact.name, s.daysLate])).toEqual([
      ['Also late Ada', 7],
      ['Late Lars', 7],
      ['Today Tove', 0],
    ]);
    expect(nextSteps[1]?.text).toBe('Ask about the meetup');
  });
});

describe('todayItems: losing touch', () => {
  it('lists due and overdue keep-in-touch, overdue first, and leaves snoozed, dormant and paused people out', () => {
    const doc = new Y.Doc();
    const cadence = { idealDays: 14, maxDays: 30 };
    const due = person(doc, { name: 'Due Dana', cadence });
    const overdue = person(doc, { name: 'Overdue Olle', cadence });
    const longOverdue = person(doc, { name: 'Long Linn', cadence });
    const fine = person(doc, { name: 'Fine Frida', cadence });
    person(doc, { name: 'Snoozed Siv', cadence, snoozedUntil: '2026-12-10' });
    person(doc, { name: 'Dormant Dag', cadence, stage: 'dormant' });
    person(doc, { name: 'Paused Pia', cadence, stage: 'paused' });
    person(doc, { name: 'No rhythm Nils' });
    logInteraction(doc, { kind: 'call', contactIds: [due], date: '2026-11-15' }, at('2026-11-15'));
    logInteraction(doc, { kind: 'call', contactIds: [overdue], date: '2026-10-20' }, at('2026-10-20'));
    logInteraction(doc, { kind: 'call', contactIds: [longOverdue], date: '2026-09-01' }, at('2026-09-01'));
    logInteraction(doc, { kind: 'call', contactIds: [fine], date: '2026-11-30' }, at('2026-11-30'));
    const { losingTouch } = todayItems(input(doc));
    expect(losingTouch.map((q) => [q.contact.name, q.cadence.state])).toEqual([
      ['Long Linn', 'overdue'],
      ['Overdue Olle', 'overdue'],
      ['Due Dana', 'due'],
    ]);
  });

  it('lists someone once: a due next step is reason enough to write', () => {
    const doc = new Y.Doc();
    person(doc, {
      name: 'Both Bea',
      cadence: { idealDays: 7, maxDays: 10 },
      nextStep: { text: 'Write', due: '2026-12-01' },
    });
    const items = todayItems(input(doc));
    expect(items.nextSteps).toHaveLength(1);
    expect(items.losingTouch).toHaveLength(0);
  });
});

describe('todayItems: events', () => {
  it('lists unrecorded events of the next 14 days, soonest first, with their preparation', () => {
    const doc = new Y.Doc();
    const ana = person(doc, { name: 'Ana' });
    createEvent(doc, { title: 'Far away', date: '2026-12-16' });
    createEvent(doc, { title: 'Last day in view', date: '2026-12-15' });
    createEvent(doc, { title: 'Yesterday', date: '2026-12-01' });
    createEvent(doc, { title: 'No date yet' });
    createEvent(doc, {
      title: 'Design meetup',
      date: TODAY,
      time: '18:00',
      purpose: 'Meet two designers',
      openers: ['What are you working on?'],
      meetContactIds: [ana],
    });
    createEvent(doc, { title: 'Breakfast talk', date: '2026-12-04', purpose: 'Listen' });
    const { events } = todayItems(input(doc));
    expect(events.map((e) => [e.event.title, e.daysAway, e.preparation.ready])).toEqual([
      ['Design meetup', 0, true],
      ['Breakfast talk', 2, false],
      ['Last day in view', 13, false],
    ]);
    expect(events[1]?.preparation).toMatchObject({ purpose: true, openers: false, people: false });
  });
});

describe('todayItems: energy, inbox, prompt and review', () => {
  it('sums this week’s energy against the budget, and leaves it out when the budget is off', () => {
    const doc = new Y.Doc();
    const ana = person(doc, { name: 'Ana' });
    logInteraction(doc, { kind: 'coffee', contactIds: [ana], date: '2026-11-30' }, at('2026-11-30'));
    logInteraction(doc, { kind: 'call', contactIds: [ana], date: '2026-11-29' }, at('2026-11-29')); // last week
    createEvent(doc, { title: 'Meetup', date: '2026-12-05', energyPlanned: 3 });
    const energy = todayItems(input(doc)).energy;
    expect(energy).toMatchObject({ spent: 2, planned: 3, budget: 12, full: false });
    setEnergyBudget(doc, 0);
    expect(todayItems(input(doc)).energy).toBeUndefined();
  });

  it('passes the inbox count through and picks the prompt of the day for the date', () => {
    const doc = new Y.Doc();
    const items = todayItems(input(doc, TODAY, { inboxCount: 4 }));
    expect(items.inboxCount).toBe(4);
    expect(items.prompt.id).toBe(todayItems(input(doc)).prompt.id);
    expect(items.prompt.text.sv).not.toBe('');
  });

  it('suggests the review from the review day until one is finished, highlighted while suggested', () => {
    const doc = new Y.Doc();
    // Never reviewed: nudged on the review day itself only.
    expect(todayItems(input(doc, '2026-12-04')).review).toEqual({ suggested: true, highlighted: true });
    expect(todayItems(input(doc, '2026-12-02')).review).toEqual({ suggested: true, highlighted: false });
    // Reviewed last Friday: quiet until this Friday, then suggested until done.
    recordReview(doc, '2026-11-27');
    const last = '2026-11-27';
    expect(todayItems(input(doc, '2026-12-02', { lastReviewOn: last })).review.suggested).toBe(false);
    expect(todayItems(input(doc, '2026-12-04', { lastReviewOn: last })).review).toEqual({
      suggested: true,
      highlighted: true,
    });
    expect(todayItems(input(doc, '2026-12-05', { lastReviewOn: last })).review.highlighted).toBe(true);
    expect(todayItems(input(doc, '2026-12-05', { lastReviewOn: '2026-12-04' })).review.suggested).toBe(false);
    // Another review day (Monday = 1).
    expect(todayItems(input(doc, '2026-11-30', { lastReviewOn: last, reviewDay: 1 })).review.highlighted).toBe(true);
  });
});

describe('todayItems at 10,000 people', () => {
  it('stays well inside a frame budget', () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      for (let i = 0; i < 10_000; i++) {
        const due = i % 50 === 0 ? { text: 'Write', due: '2026-11-20' } : undefined;
        const cadence = i % 3 === 0 ? { idealDays: 30, maxDays: 60 } : undefined;
        createContact(doc, { name: `Person ${i}`, nextStep: due, cadence }, at('2026-09-01'));
      }
    });
    const data = input(doc);
    const started = performance.now();
    const items = todayItems(data);
    const took = performance.now() - started;
    expect(items.nextSteps).toHaveLength(200);
    expect(items.losingTouch.length).toBeGreaterThan(3000);
    expect(took).toBeLessThan(1000); // generous for a loaded machine; BENCHMARKS.md has the real figure
  });
});

describe('firstSteps', () => {
  it('ticks each step from the document and is done when all three are', () => {
    const doc = new Y.Doc();
    const read = () => firstSteps(listGoals(doc), listContacts(doc));
    expect(read()).toEqual({ goal: false, people: 0, step: false, done: false, empty: true });
    const goal = createGoal(doc, { title: 'Find a mentor' });
    expect(read()).toMatchObject({ goal: true, empty: false, done: false });
    for (const name of ['Ana', 'Bo', 'Cai', 'Dee']) createContact(doc, { name });
    expect(read()).toMatchObject({ people: 3, step: false, done: false });
    addStep(doc, goal, { text: 'Ask Ana for an intro' });
    expect(read()).toMatchObject({ step: true, done: true });
  });

  it('counts a contact’s next step as a planned step', () => {
    const doc = new Y.Doc();
    createContact(doc, { name: 'Ana', nextStep: { text: 'Say hello', due: undefined } });
    expect(firstSteps(listGoals(doc), listContacts(doc))).toMatchObject({ step: true, people: 1, done: false });
  });
});
