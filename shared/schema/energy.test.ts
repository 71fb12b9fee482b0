import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact } from './contacts';
import { eventCost, interactionCost, isoWeek, weekEnergy } from './energy';
import { createEvent, getEvent, listEvents, type EnergyCost, type JournalEvent } from './events';
import { recordAftermath } from './event-aftermath';
import {
  DEFAULT_ENERGY_COST,
  getInteraction,
  INTERACTION_KINDS,
  listInteractions,
  logInteraction,
  type InteractionKind,
} from './interactions';
import { trash } from './trash';
import { at } from './test-support';

const now = at('2026-11-01');

function journal() {
  const doc = new Y.Doc();
  const ana = createContact(doc, { name: 'Ana' }, now);
  const log = (date: string, kind: InteractionKind, energyCost?: number): string =>
    logInteraction(doc, { date, kind, contactIds: [ana], ...(energyCost === undefined ? {} : { energyCost }) }, now);
  const plan = (date: string, energyPlanned: EnergyCost): string =>
    createEvent(doc, { title: `Event ${date}`, date, energyPlanned }, now);
  const week = (today: string, budget: number) => weekEnergy(listInteractions(doc), listEvents(doc), today, budget);
  return { doc, ana, log, plan, week };
}

describe('the energy an interaction or event takes', () => {
  it('defaults by kind: writing is cheap, a room is not', () => {
    expect(DEFAULT_ENERGY_COST).toMatchObject({ message: 0, call: 1, coffee: 2, meeting: 2 });
    const { doc, log } = journal();
    for (const kind of INTERACTION_KINDS) {
      const interaction = getInteraction(doc, log('2026-11-02', kind));
      expect(interaction && interactionCost(interaction, new Set()), kind).toBe(DEFAULT_ENERGY_COST[kind]);
    }
    const own = getInteraction(doc, log('2026-11-02', 'message', 3));
    expect(own && interactionCost(own, new Set())).toBe(3);
    const none = getInteraction(doc, log('2026-11-02', 'coffee', 0));
    expect(none && interactionCost(none, new Set())).toBe(0);
  });

  it('counts an event by what it took once recorded, else by what it will take', () => {
    const { doc, ana, plan } = journal();
    const id = plan('2026-11-05', 2);
    expect(eventCost(getEvent(doc, id) as JournalEvent)).toBe(2);
    recordAftermath(doc, id, { energySpent: 5, met: [{ contactId: ana }] }, at('2026-11-06'));
    expect(eventCost(getEvent(doc, id) as JournalEvent)).toBe(5);
    const unplanned = createEvent(doc, { title: 'Unplanned' }, now);
    expect(eventCost(getEvent(doc, unplanned) as JournalEvent)).toBe(0);
  });
});

describe('weekEnergy', () => {
  it('adds spent (recorded) and planned (not yet recorded) for the ISO week, Monday to Sunday', () => {
    const { doc, ana, log, plan, week } = journal();
    log('2026-11-08', 'meeting'); // Sunday before: last week
    log('2026-11-09', 'message'); // 0
    log('2026-11-10', 'coffee'); // 2
    log('2026-11-11', 'call', 4); // the user's own figure
    const meetup = plan('2026-11-10', 2);
    recordAftermath(doc, meetup, { energySpent: 4, met: [{ contactId: ana }, { name: 'Ben' }] }, at('2026-11-10'));
    plan('2026-11-14', 3); // later this week
    plan('2026-11-17', 5); // next week, but within the coming seven days
    plan('2026-11-16', 1); // also next week
    expect(week('2026-11-12', 20)).toEqual({
      start: '2026-11-09',
      end: '2026-11-15',
      spent: 0 + 2 + 4 + 4, // the meetup's two interactions count through the meetup, once
      planned: 3,
      budget: 20,
      comingSevenDays: 3 + 5 + 1,
      full: false,
    });
  });

  it('counts an interaction at an event through the event, once; on its own if the event is gone', () => {
    const { doc, ana, plan, week } = journal();
    const meetup = plan('2026-11-10', 2);
    const met = [{ contactId: ana }, { name: 'Ben' }, { name: 'Cy' }];
    recordAftermath(doc, meetup, { energySpent: 3, met }, at('2026-11-11'));
    expect(week('2026-11-10', 12).spent).toBe(3);
    trash(doc, 'events', meetup, now);
    // The event no longer counts, so each interaction counts for itself (an event's default cost).
    expect(week('2026-11-10', 12).spent).toBe(3 * DEFAULT_ENERGY_COST.event);
  });

  it('is full when the week holds more than the budget, calmly at equal', () => {
    const { log, plan, week } = journal();
    log('2026-11-10', 'coffee'); // 2
    plan('2026-11-13', 4);
    expect(week('2026-11-11', 6).full).toBe(false);
    expect(week('2026-11-11', 5).full).toBe(true);
  });

  it('is full when the coming seven days hold more than the budget, even early in a light week', () => {
    const { plan, week } = journal();
    plan('2026-11-16', 4); // Monday
    plan('2026-11-18', 4); // Wednesday
    const sunday = week('2026-11-15', 7);
    expect(sunday).toMatchObject({ spent: 0, planned: 0, comingSevenDays: 8, full: true });
    expect(week('2026-11-15', 8).full).toBe(false);
    // The horizon is today and the next six days: eight days ahead is not in it.
    expect(week('2026-11-10', 7)).toMatchObject({ comingSevenDays: 4, full: false });
  });

  it('never says full with the budget off (0)', () => {
    const { log, plan, week } = journal();
    log('2026-11-10', 'meeting');
    plan('2026-11-11', 5);
    expect(week('2026-11-10', 0)).toMatchObject({ budget: 0, spent: 2, planned: 5, full: false });
  });

  it('sums per ISO week across a year boundary', () => {
    const { log, plan, week } = journal();
    log('2026-12-27', 'coffee'); // Sunday: the week before
    log('2026-12-28', 'coffee'); // Monday of 2026's week 53
    log('2026-12-31', 'call');
    log('2027-01-01', 'meeting');
    log('2027-01-03', 'coffee'); // Sunday: still the same week
    log('2027-01-04', 'coffee'); // Monday: 2027's week 1
    plan('2027-01-02', 3);
    const expected = { start: '2026-12-28', end: '2027-01-03', spent: 2 + 1 + 2 + 2, planned: 3 };
    for (const today of ['2026-12-28', '2026-12-31', '2027-01-01', '2027-01-03'])
      expect(week(today, 12), today).toMatchObject(expected);
    expect(week('2027-01-04', 12)).toMatchObject({ start: '2027-01-04', end: '2027-01-10', spent: 2, planned: 0 });
  });
});

describe('isoWeek', () => {
  it('numbers weeks as ISO 8601 does, on known dates', () => {
    const known: [string, number, number][] = [
      ['2026-01-01', 2026, 1], // a Thursday: week 1 of its own year
      ['2025-12-29', 2026, 1], // a Monday in week 1 of the next year
      ['2026-11-30', 2026, 49],
      ['2026-12-28', 2026, 53],
      ['2026-12-31', 2026, 53],
      ['2027-01-01', 2026, 53],
      ['2027-01-03', 2026, 53],
      ['2027-01-04', 2027, 1],
      ['2024-12-30', 2025, 1],
      ['2021-01-03', 2020, 53],
      ['2008-12-29', 2009, 1],
      ['2010-01-03', 2009, 53],
      ['2024-02-29', 2024, 9],
    ];
    for (const [day, year, week] of known) expect(isoWeek(day), day).toEqual({ year, week });
  });
});
