import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cadenceState, snoozeContact, unsnoozeContact } from './cadence';
import { createContact, getContact, updateContact, type Contact, type ContactInput } from './contacts';
import { lastInteractionDate, logInteraction } from './interactions';
import { at } from './test-support';

/** A contact added on 2026-01-01 with "every 14 days, at most 30". */
function setUp(extra: Partial<ContactInput> = {}) {
  const doc = new Y.Doc();
  const id = createContact(
    doc,
    { name: 'Ola', cadence: { idealDays: 14, maxDays: 30 }, ...extra },
    at('2026-01-01', 23),
  );
  const read = (): Contact => getContact(doc, id) as Contact;
  const stateOn = (today: string) => cadenceState(read(), lastInteractionDate(doc, id), today);
  return { doc, id, read, stateOn };
}

describe('cadence', () => {
  it('counts from the day the contact was added when nothing is logged', () => {
    const { stateOn } = setUp();
    expect(stateOn('2026-01-14')).toEqual({ state: 'ok', daysSince: 13, dueOn: '2026-01-15', overdueOn: '2026-02-01' });
    expect(stateOn('2026-01-15').state).toBe('due'); // exactly idealDays
    expect(stateOn('2026-01-16').state).toBe('due'); // ideal + 1
    expect(stateOn('2026-01-31')).toMatchObject({ state: 'due', daysSince: 30 }); // exactly maxDays
    expect(stateOn('2026-02-01')).toMatchObject({ state: 'overdue', daysSince: 30 + 1 }); // max + 1
  });

  it('restarts the clock at the last logged interaction', () => {
    const { doc, id, stateOn } = setUp();
    logInteraction(doc, { kind: 'call', date: '2026-01-20', contactIds: [id] }, at('2026-01-20'));
    logInteraction(doc, { kind: 'message', date: '2026-01-10', contactIds: [id] }, at('2026-01-21')); // backfilled, older
    expect(stateOn('2026-01-31')).toEqual({ state: 'ok', daysSince: 11, dueOn: '2026-02-03', overdueOn: '2026-02-20' });
    expect(stateOn('2026-02-03').state).toBe('due');
    expect(stateOn('2026-02-19').state).toBe('due');
    expect(stateOn('2026-02-20').state).toBe('overdue');
  });

  it('is quiet while snoozed and speaks again on the day the snooze ends', () => {
    const { doc, id, read, stateOn } = setUp();
    expect(snoozeContact(doc, id, 7, at('2026-02-10'))).toBe('2026-02-17');
    expect(read().snoozedUntil).toBe('2026-02-17');
    expect(stateOn('2026-02-16')).toMatchObject({ state: 'snoozed', daysSince: 46 });
    expect(stateOn('2026-02-17').state).toBe('overdue');
    // Logging an interaction does not end a snooze: the two are independent.
    logInteraction(doc, { kind: 'call', contactIds: [id] }, at('2026-02-11'));
    expect(read().snoozedUntil).toBe('2026-02-17');
    unsnoozeContact(doc, id);
    expect(stateOn('2026-02-16').state).toBe('ok');
    expect(() => snoozeContact(doc, id, 0)).toThrow(RangeError);
  });

  it('stays silent for dormant-by-choice and paused contacts, and says none without a cadence', () => {
    const { doc, id, stateOn } = setUp();
    updateContact(doc, id, { stage: 'dormant' });
    expect(stateOn('2026-06-01')).toEqual({ state: 'silenced' });
    updateContact(doc, id, { stage: 'paused' });
    expect(stateOn('2026-06-01')).toEqual({ state: 'silenced' });
    updateContact(doc, id, { stage: 'in-touch', cadence: null });
    expect(stateOn('2026-06-01')).toEqual({ state: 'none' });
  });
});
