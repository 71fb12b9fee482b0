import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact } from './contacts';
import { createEvent } from './events';
import { createGoal } from './goals';
import {
  createReflection,
  getReflection,
  listReflections,
  reflectionBody,
  reflectionsMap,
  updateReflection,
  type Reflection,
} from './reflections';
import { paragraphs, plainText } from './rich-text';
import { trash } from './trash';
import { at, replica, sync } from './test-support';

const now = at('2026-11-30');

describe('reflections', () => {
  it('round-trips every field', () => {
    const doc = new Y.Doc();
    const ana = createContact(doc, { name: 'Ana' }, now);
    const meetup = createEvent(doc, { title: 'Meetup' }, now);
    const goal = createGoal(doc, { title: 'Find a mentor' }, now);
    const id = createReflection(
      doc,
      {
        date: '2026-11-29',
        title: ' After the meetup ',
        energy: 4,
        mood: ' content ',
        tags: [' events ', 'events', '', 'mentors'],
        contactIds: [ana],
        eventIds: [meetup],
        goalIds: [goal],
        prompt: { id: 'after-event-energy', text: 'How much energy did the event take?', group: 'after-event' },
      },
      now,
    );
    expect(getReflection(doc, id)).toEqual({
      id,
      date: '2026-11-29',
      title: 'After the meetup',
      kind: 'entry',
      energy: 4,
      mood: 'content',
      tags: ['events', 'mentors'],
      contactIds: [ana],
      eventIds: [meetup],
      goalIds: [goal],
      promptId: 'after-event-energy',
      promptText: 'How much energy did the event take?',
      promptGroup: 'after-event',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      deletedAt: undefined,
    } satisfies Reflection);
  });

  it('defaults to today, a plain entry, and no prompt', () => {
    const doc = new Y.Doc();
    const id = createReflection(doc, {}, now);
    expect(getReflection(doc, id)).toMatchObject({
      date: '2026-11-30',
      title: '',
      kind: 'entry',
      energy: undefined,
      promptId: undefined,
      promptText: undefined,
    });
    const weekly = createReflection(doc, { kind: 'weekly-review' }, now);
    expect(getReflection(doc, weekly)?.kind).toBe('weekly-review');
  });

  it('keeps the prompt as it was shown, until it is cleared', () => {
    const doc = new Y.Doc();
    const shown = { id: 'weekly-rest', text: 'When did you rest this week?', group: 'weekly' };
    const id = createReflection(doc, { prompt: shown }, now);
    // A later wording of the same prompt in the library does not reach the stored entry.
    updateReflection(doc, id, { title: 'Rest' }, at('2026-12-01'));
    expect(getReflection(doc, id)).toMatchObject({ promptId: shown.id, promptText: shown.text, promptGroup: 'weekly' });
    updateReflection(doc, id, { energy: null, prompt: null }, at('2026-12-01'));
    expect(getReflection(doc, id)).toMatchObject({
      promptId: undefined,
      promptText: undefined,
      promptGroup: undefined,
      energy: undefined,
      updatedAt: at('2026-12-01').toISOString(),
    });
  });

  it('creates the body with the entity, filled by the body callback in the same transaction', () => {
    const doc = new Y.Doc();
    let updates = 0;
    doc.on('update', () => (updates += 1));
    const id = createReflection(doc, { title: 'T' }, now, () => paragraphs('First line\nSecond'));
    expect(updates).toBe(1);
    expect(reflectionsMap(doc).get(id)?.get('body')).toBeInstanceOf(Y.XmlFragment);
    expect(plainText(reflectionBody(doc, id))).toBe('First line\nSecond');
    const empty = createReflection(doc, {}, now);
    expect(reflectionsMap(doc).get(empty)?.get('body')).toBeInstanceOf(Y.XmlFragment);
    expect(plainText(reflectionBody(doc, empty))).toBe('');
  });

  it('refuses bad values and unknown links before writing anything', () => {
    const doc = new Y.Doc();
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => createReflection(doc, { date: '30/11/2026' })).toThrow(RangeError);
    expect(() => createReflection(doc, { energy: 0 as never })).toThrow(RangeError);
    expect(() => createReflection(doc, { kind: 'diary' as never })).toThrow(RangeError);
    expect(() => createReflection(doc, { contactIds: ['missing'] })).toThrow();
    expect(() => createReflection(doc, { eventIds: ['missing'] })).toThrow();
    expect(() => createReflection(doc, { goalIds: ['missing'] })).toThrow();
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('reads junk tolerantly: a bad date falls back to the day it was written', () => {
    const doc = new Y.Doc();
    const id = createReflection(doc, { title: 'T' }, now);
    const map = reflectionsMap(doc).get(id);
    map?.set('date', 'yesterday');
    map?.set('kind', 'poem');
    map?.set('energy', '5');
    map?.set('tags', 'not a list');
    map?.set('promptId', 12);
    expect(getReflection(doc, id)).toMatchObject({
      date: '2026-11-30',
      kind: 'entry',
      energy: undefined,
      tags: [],
      promptId: undefined,
    });
  });

  it('lists live ones newest first, and filters by a linked person, event or goal', () => {
    const doc = new Y.Doc();
    const ana = createContact(doc, { name: 'Ana' }, now);
    const ben = createContact(doc, { name: 'Ben' }, now);
    const meetup = createEvent(doc, { title: 'Meetup' }, now);
    const goal = createGoal(doc, { title: 'G' }, now);
    const old = createReflection(doc, { date: '2026-11-01', contactIds: [ana] }, now);
    const same = createReflection(
      doc,
      { date: '2026-11-20', contactIds: [ana, ben], eventIds: [meetup] },
      at('2026-11-20'),
    );
    const later = createReflection(doc, { date: '2026-11-20', goalIds: [goal] }, at('2026-11-21'));
    const gone = createReflection(doc, { date: '2026-11-25', contactIds: [ana] }, now);
    trash(doc, 'reflections', gone, now);
    expect(listReflections(doc).map((r) => r.id)).toEqual([later, same, old]);
    expect(listReflections(doc, { field: 'contactIds', id: ana }).map((r) => r.id)).toEqual([same, old]);
    expect(listReflections(doc, { field: 'contactIds', id: ben }).map((r) => r.id)).toEqual([same]);
    expect(listReflections(doc, { field: 'eventIds', id: meetup }).map((r) => r.id)).toEqual([same]);
    expect(listReflections(doc, { field: 'goalIds', id: goal }).map((r) => r.id)).toEqual([later]);
    expect(listReflections(doc, { field: 'goalIds', id: 'nobody' })).toEqual([]);
  });

  it('keeps both links when two devices link different people at the same time', () => {
    const a = new Y.Doc();
    const ana = createContact(a, { name: 'Ana' }, now);
    const ben = createContact(a, { name: 'Ben' }, now);
    const meetup = createEvent(a, { title: 'Meetup' }, now);
    const id = createReflection(a, { title: 'T' }, now);
    const b = replica(a);
    updateReflection(a, id, { contactIds: [ana] }, now);
    updateReflection(b, id, { contactIds: [ben], eventIds: [meetup] }, now);
    sync(a, b);
    for (const doc of [a, b]) {
      expect(getReflection(doc, id)).toMatchObject({ contactIds: [ana, ben].sort(), eventIds: [meetup] });
    }
  });
});
