import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact } from './contacts';
import {
  getInteraction,
  interactionsMap,
  lastInteractionDate,
  lastInteractionDates,
  listInteractionsFor,
  logInteraction,
  updateInteraction,
} from './interactions';
import { trash } from './trash';
import { at, replica, sync } from './test-support';

function journal() {
  const doc = new Y.Doc();
  const ana = createContact(doc, { name: 'Ana' }, at('2026-01-01'));
  const ben = createContact(doc, { name: 'Ben' }, at('2026-01-01'));
  return { doc, ana, ben };
}

describe('interactions', () => {
  it('logs with today as the default date and reads every field back', () => {
    const { doc, ana, ben } = journal();
    const id = logInteraction(
      doc,
      { kind: 'coffee', summary: ' Talked about platforms ', energy: 4, contactIds: [ben, ana, ana] },
      at('2026-01-07', 9),
    );
    expect(getInteraction(doc, id)).toEqual({
      id,
      date: '2026-01-07',
      kind: 'coffee',
      summary: 'Talked about platforms',
      notes: '',
      energy: 4,
      contactIds: [ana, ben].sort(),
      createdAt: at('2026-01-07', 9).toISOString(),
      updatedAt: at('2026-01-07', 9).toISOString(),
      deletedAt: undefined,
    });
    updateInteraction(doc, id, { energy: null, summary: 'Coffee' }, at('2026-01-08'));
    expect(getInteraction(doc, id)).toMatchObject({
      energy: undefined,
      summary: 'Coffee',
      updatedAt: at('2026-01-08').toISOString(),
    });
  });

  it('rejects bad input without writing', () => {
    const { doc, ana } = journal();
    expect(() => logInteraction(doc, { kind: 'call', date: '2026-02-30', contactIds: [ana] })).toThrow(RangeError);
    expect(() => logInteraction(doc, { kind: 'call', energy: 6 as 5, contactIds: [ana] })).toThrow(RangeError);
    expect(() => logInteraction(doc, { kind: 'call', contactIds: ['nobody'] })).toThrow(/No contact/);
    expect(interactionsMap(doc).size).toBe(0);
  });

  it('lists a contact’s interactions newest first, by date and then by when they were logged', () => {
    const { doc, ana, ben } = journal();
    const late = logInteraction(doc, { kind: 'call', date: '2026-01-10', contactIds: [ana] }, at('2026-01-10'));
    const backfilled = logInteraction(
      doc,
      { kind: 'message', date: '2026-01-05', contactIds: [ana] },
      at('2026-01-11'),
    );
    const sameDayFirst = logInteraction(
      doc,
      { kind: 'coffee', date: '2026-01-10', contactIds: [ana, ben] },
      at('2026-01-10', 15),
    );
    const gone = logInteraction(doc, { kind: 'other', date: '2026-01-20', contactIds: [ana] }, at('2026-01-20'));
    trash(doc, 'interactions', gone, at('2026-01-21'));
    expect(listInteractionsFor(doc, ana).map((i) => i.id)).toEqual([sameDayFirst, late, backfilled]);
    expect(listInteractionsFor(doc, ben).map((i) => i.id)).toEqual([sameDayFirst]);
    expect(lastInteractionDate(doc, ana)).toBe('2026-01-10');
    expect(lastInteractionDate(doc, 'someone-else')).toBeUndefined();
    expect(lastInteractionDates(doc)).toEqual(
      new Map([
        [ana, '2026-01-10'],
        [ben, '2026-01-10'],
      ]),
    );
  });

  it('keeps both participants when two devices add different people to the same interaction', () => {
    const { doc: laptop, ana, ben } = journal();
    const id = logInteraction(laptop, { kind: 'event', contactIds: [] }, at('2026-01-07'));
    const desktop = replica(laptop);
    updateInteraction(laptop, id, { contactIds: [ana] });
    updateInteraction(desktop, id, { contactIds: [ben] });
    sync(laptop, desktop);
    expect(getInteraction(laptop, id)?.contactIds).toEqual([ana, ben].sort());
    expect(getInteraction(desktop, id)?.contactIds).toEqual([ana, ben].sort());
  });

  it('falls back to the day it was logged when the stored date is unreadable', () => {
    const { doc, ana } = journal();
    const id = logInteraction(doc, { kind: 'call', contactIds: [ana] }, at('2026-01-07'));
    interactionsMap(doc).get(id)?.set('date', 20260107);
    interactionsMap(doc).get(id)?.set('kind', 'telepathy');
    expect(getInteraction(doc, id)).toMatchObject({ date: '2026-01-07', kind: 'other' });
  });
});
