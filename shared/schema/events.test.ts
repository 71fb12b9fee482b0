import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createCircle } from './circles';
import { createContact } from './contacts';
import {
  createEvent,
  eventNotes,
  eventsMap,
  getEvent,
  listEvents,
  preparation,
  splitEvents,
  updateEvent,
  type JournalEvent,
} from './events';
import { createGoal, getGoal, linkEventToGoal, unlinkEventFromGoal, updateGoal } from './goals';
import { paragraphs, plainText } from './rich-text';
import { trash } from './trash';
import { at } from './test-support';

const now = at('2026-11-02');

describe('events', () => {
  it('round-trips every field, with notes as rich text', () => {
    const doc = new Y.Doc();
    const circle = createCircle(doc, { name: 'Design guild' }, now);
    const goal = createGoal(doc, { title: 'Move into product design' }, now);
    const ana = createContact(doc, { name: 'Ana' }, now);
    const id = createEvent(
      doc,
      {
        title: ' Design meetup ',
        date: '2026-11-12',
        time: '18:30',
        place: 'Kulturhuset',
        link: 'https://example.org/meetup',
        circleId: circle,
        goalIds: [goal],
        purpose: 'Meet people who moved into design',
        openers: ['What brought you here?', 'What are you working on?'],
        meetContactIds: [ana],
        meetNames: [' Björn ', 'Björn', '', 'Cecilia'],
        energyPlanned: 3,
        exitPlan: 'Leave at eight, after one good conversation',
      },
      now,
    );
    expect(getEvent(doc, id)).toEqual({
      id,
      title: 'Design meetup',
      date: '2026-11-12',
      time: '18:30',
      place: 'Kulturhuset',
      link: 'https://example.org/meetup',
      circleId: circle,
      goalIds: [goal],
      purpose: 'Meet people who moved into design',
      openers: ['What brought you here?', 'What are you working on?'],
      meetContactIds: [ana],
      meetNames: ['Björn', 'Cecilia'],
      energyPlanned: 3,
      exitPlan: 'Leave at eight, after one good conversation',
      recordedAt: undefined,
      energySpent: undefined,
      metContactIds: [],
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      deletedAt: undefined,
    } satisfies JournalEvent);
    // The notes fragment exists from the start, so two devices never create competing ones.
    expect(eventsMap(doc).get(id)?.get('notes')).toBeInstanceOf(Y.XmlFragment);
    eventNotes(doc, id).insert(0, paragraphs('Bring cards'));
    expect(plainText(eventNotes(doc, id))).toBe('Bring cards');
  });

  it('updates a field at a time, and null clears time, circle and energy', () => {
    const doc = new Y.Doc();
    const circle = createCircle(doc, { name: 'Alumni' }, now);
    const id = createEvent(doc, { title: 'Dinner', time: '19:00', circleId: circle, energyPlanned: 2 }, now);
    const later = at('2026-11-03');
    updateEvent(doc, id, { place: 'Home' }, later);
    expect(getEvent(doc, id)).toMatchObject({
      title: 'Dinner',
      place: 'Home',
      time: '19:00',
      updatedAt: later.toISOString(),
    });
    updateEvent(doc, id, { time: null, circleId: null, energyPlanned: null }, later);
    expect(getEvent(doc, id)).toMatchObject({ time: undefined, circleId: undefined, energyPlanned: undefined });
  });

  it('refuses bad values before writing anything', () => {
    const doc = new Y.Doc();
    const id = createEvent(doc, { title: 'Fika' }, now);
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => createEvent(doc, { title: 'X', date: '2026-02-30' })).toThrow(RangeError);
    expect(() => createEvent(doc, { title: 'X', time: '25:00' })).toThrow(RangeError);
    expect(() => createEvent(doc, { title: 'X', energyPlanned: 6 as never })).toThrow(RangeError);
    expect(() => createEvent(doc, { title: 'X', goalIds: ['missing'] })).toThrow();
    expect(() => createEvent(doc, { title: 'X', circleId: 'missing' })).toThrow();
    expect(() => updateEvent(doc, id, { title: 'Y', meetContactIds: ['missing'] })).toThrow();
    expect(() => updateEvent(doc, 'missing', { title: 'Y' })).toThrow();
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(listEvents(doc)).toHaveLength(1);
  });

  it('reads junk written by another version tolerantly', () => {
    const doc = new Y.Doc();
    const id = createEvent(doc, { title: 'Fika' }, now);
    const map = eventsMap(doc).get(id);
    map?.set('title', 42);
    map?.set('date', '2026-11-12T10:00:00Z');
    map?.set('time', '7pm');
    map?.set('openers', ['Hi', 3, null]);
    map?.set('energyPlanned', 9);
    map?.set('energySpent', 2.5);
    map?.set('circleId', 7);
    map?.set('recordedAt', '');
    expect(getEvent(doc, id)).toMatchObject({
      title: '',
      date: '',
      time: undefined,
      openers: ['Hi'],
      energyPlanned: undefined,
      energySpent: undefined,
      circleId: undefined,
      recordedAt: undefined,
    });
    eventsMap(doc).set('not-a-map', 'junk' as never);
    expect(getEvent(doc, 'not-a-map')).toBeUndefined();
    expect(listEvents(doc).map((e) => e.id)).toEqual([id]);
  });

  it('links goals on both sides, whichever page made the link', () => {
    const doc = new Y.Doc();
    const g1 = createGoal(doc, { title: 'G1' }, now);
    const g2 = createGoal(doc, { title: 'G2' }, now);
    // From the event's page…
    const meetup = createEvent(doc, { title: 'Meetup', goalIds: [g1] }, now);
    expect(getGoal(doc, g1)?.eventIds).toEqual([meetup]);
    updateEvent(doc, meetup, { goalIds: [g2] }, now);
    expect(getGoal(doc, g1)?.eventIds).toEqual([]);
    expect(getGoal(doc, g2)?.eventIds).toEqual([meetup]);
    // …and from the goal's page.
    const dinner = createEvent(doc, { title: 'Dinner' }, now);
    updateGoal(doc, g1, { eventIds: [dinner, meetup] }, now);
    expect(getEvent(doc, dinner)?.goalIds).toEqual([g1]);
    expect(getEvent(doc, meetup)?.goalIds).toEqual([g1, g2].sort());
    unlinkEventFromGoal(doc, meetup, g1, now);
    expect(getEvent(doc, meetup)?.goalIds).toEqual([g2]);
    expect(getGoal(doc, g1)?.eventIds).toEqual([dinner]);
    linkEventToGoal(doc, dinner, g2, now);
    expect(getGoal(doc, g2)?.eventIds).toEqual([dinner, meetup].sort());
    expect(getEvent(doc, dinner)?.goalIds).toEqual([g1, g2].sort());
    const g3 = createGoal(doc, { title: 'G3', eventIds: [dinner] }, now);
    expect(getEvent(doc, dinner)?.goalIds).toContain(g3);
  });

  it('lists live events by date, time and title, undated last', () => {
    const doc = new Y.Doc();
    const undated = createEvent(doc, { title: 'Someday' }, now);
    const late = createEvent(doc, { title: 'B', date: '2026-11-10', time: '18:00' }, now);
    const early = createEvent(doc, { title: 'A', date: '2026-11-10', time: '09:00' }, now);
    const first = createEvent(doc, { title: 'Z', date: '2026-11-05' }, now);
    const gone = createEvent(doc, { title: 'Gone', date: '2026-11-01' }, now);
    trash(doc, 'events', gone, now);
    expect(listEvents(doc).map((e) => e.id)).toEqual([first, early, late, undated]);
  });

  it('splits into upcoming, soonest first (today and undated included), and past, latest first', () => {
    const doc = new Y.Doc();
    const ids = {
      lastWeek: createEvent(doc, { title: 'Last week', date: '2026-11-05' }, now),
      yesterday: createEvent(doc, { title: 'Yesterday', date: '2026-11-11' }, now),
      today: createEvent(doc, { title: 'Today', date: '2026-11-12' }, now),
      nextWeek: createEvent(doc, { title: 'Next week', date: '2026-11-19' }, now),
      undated: createEvent(doc, { title: 'Undated' }, now),
    };
    const { upcoming, past } = splitEvents(listEvents(doc), '2026-11-12');
    expect(upcoming.map((e) => e.id)).toEqual([ids.today, ids.nextWeek, ids.undated]);
    expect(past.map((e) => e.id)).toEqual([ids.yesterday, ids.lastWeek]);
    expect(splitEvents([], '2026-11-12')).toEqual({ upcoming: [], past: [] });
  });

  it('is prepared when it has a purpose, an opener and someone to meet', () => {
    const doc = new Y.Doc();
    const id = createEvent(doc, { title: 'Meetup' }, now);
    const read = (): JournalEvent => getEvent(doc, id) as JournalEvent;
    expect(preparation(read())).toEqual({ purpose: false, openers: false, people: false, ready: false });
    updateEvent(doc, id, { purpose: '  ', openers: ['', ' '] }, now);
    expect(preparation(read())).toEqual({ purpose: false, openers: false, people: false, ready: false });
    updateEvent(doc, id, { purpose: 'Find a mentor', openers: ['', 'What are you reading?'] }, now);
    expect(preparation(read())).toEqual({ purpose: true, openers: true, people: false, ready: false });
    updateEvent(doc, id, { meetNames: ['Cecilia'] }, now);
    expect(preparation(read())).toEqual({ purpose: true, openers: true, people: true, ready: true });
    const ana = createContact(doc, { name: 'Ana' }, now);
    updateEvent(doc, id, { meetNames: [], meetContactIds: [ana] }, now);
    expect(preparation(read()).ready).toBe(true);
  });
});
