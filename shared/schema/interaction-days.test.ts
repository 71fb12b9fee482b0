import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { createContact } from './contacts';
import {
  interactionsMap,
  lastInteractionDates,
  logInteraction,
  readInteraction,
  updateInteraction,
} from './interactions';
import { lastDaysByContact, readInteractionDay } from './interaction-days';
import { trash } from './trash';
import { at } from './test-support';

function days(doc: Y.Doc) {
  const list: ReturnType<typeof readInteractionDay>[] = [];
  interactionsMap(doc).forEach((map) => list.push(readInteractionDay(map)));
  return list;
}

describe('interaction days', () => {
  it('reads the same day and people as readInteraction, and whether it is trashed', () => {
    const doc = new Y.Doc();
    const [a, b] = [createContact(doc, { name: 'A' }), createContact(doc, { name: 'B' })];
    const id = logInteraction(doc, { kind: 'call', date: '2026-02-03', contactIds: [b, a] }, at('2026-02-04'));
    const map = interactionsMap(doc).get(id) as Y.Map<unknown>;
    expect(readInteractionDay(map)).toEqual({ date: '2026-02-03', contactIds: [a, b].sort(), live: true });
    map.set('date', 'sometime in spring'); // another version's format: falls back to the day it was logged
    expect(readInteractionDay(map).date).toBe(readInteraction(id, map).date);
    expect(readInteractionDay(map).date).toBe('2026-02-04');
    trash(doc, 'interactions', id);
    expect(readInteractionDay(map).live).toBe(false);
  });

  it('gives the same last day per contact as lastInteractionDates, whatever was logged, moved or trashed', () => {
    const action = fc.record({
      people: fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 3 }),
      day: fc.integer({ min: 1, max: 28 }),
      edit: fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }),
      trashed: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(action, { maxLength: 25 }), (actions) => {
        const doc = new Y.Doc();
        const people = Array.from({ length: 5 }, (_, i) => createContact(doc, { name: `P${i}` }));
        const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}`;
        for (const step of actions) {
          const id = logInteraction(doc, {
            kind: 'other',
            date: day(step.day),
            contactIds: step.people.map((i) => people[i] as string),
          });
          if (step.edit !== undefined) updateInteraction(doc, id, { date: day(step.edit) });
          if (step.trashed) trash(doc, 'interactions', id);
        }
        expect(lastDaysByContact(days(doc))).toEqual(lastInteractionDates(doc));
      }),
      { numRuns: 60 },
    );
  });
});
