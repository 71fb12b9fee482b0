import { describe, expect, it } from 'vitest';
import { cadenceState, createContact, getContact, type Contact } from '@shared/schema';
import * as Y from 'yjs';
import { cadenceLine, dueWhen, durationParts, formatDay } from './contact-wording';

describe('durationParts', () => {
  it('speaks in days, then weeks, then months', () => {
    expect(durationParts(0)).toEqual({ unit: 'day', count: 0 });
    expect(durationParts(13)).toEqual({ unit: 'day', count: 13 });
    expect(durationParts(14)).toEqual({ unit: 'week', count: 2 });
    expect(durationParts(35)).toEqual({ unit: 'week', count: 5 });
    expect(durationParts(59)).toEqual({ unit: 'week', count: 8 });
    expect(durationParts(60)).toEqual({ unit: 'month', count: 2 });
    expect(durationParts(365)).toEqual({ unit: 'month', count: 12 });
    expect(durationParts(-3)).toEqual({ unit: 'day', count: 0 });
  });
});

describe('dueWhen', () => {
  it('tells today, later and earlier apart', () => {
    expect(dueWhen('2026-04-01', '2026-04-01')).toEqual({ when: 'today' });
    expect(dueWhen('2026-04-01', '2026-04-04')).toEqual({ when: 'future', days: 3 });
    expect(dueWhen('2026-04-01', '2026-03-30')).toEqual({ when: 'past', days: 2 });
  });
});

describe('formatDay', () => {
  it('formats a calendar day in the reader language without shifting it by time zone', () => {
    expect(formatDay('2026-03-12', 'en-GB')).toBe('12 Mar 2026');
    expect(formatDay('2026-03-12', 'sv', 'long')).toBe('12 mars 2026');
    expect(formatDay('March 2021', 'en')).toBe('March 2021');
  });
});

describe('cadenceLine', () => {
  function contact(patch: Partial<Contact>): Contact {
    const doc = new Y.Doc();
    const id = createContact(doc, { name: 'Åsa', cadence: { idealDays: 14, maxDays: 30 } }, new Date(2026, 0, 1, 12));
    return { ...(getContact(doc, id) as Contact), ...patch };
  }
  const line = (c: Contact, last: string | undefined, today: string) => cadenceLine(cadenceState(c, last, today), c);

  it('says how long it has been once the ideal interval has passed, counted from the last interaction', () => {
    expect(line(contact({}), '2026-03-01', '2026-04-05')).toEqual({
      key: 'overdue',
      duration: { unit: 'week', count: 5 },
    });
    expect(line(contact({}), '2026-03-01', '2026-03-20')).toEqual({ key: 'due', duration: { unit: 'week', count: 3 } });
    expect(line(contact({}), '2026-03-01', '2026-03-05')).toEqual({ key: 'ok', day: '2026-03-15' });
  });

  it('stays quiet when snoozed, paused, dormant by choice, or without a rhythm', () => {
    expect(line(contact({ snoozedUntil: '2026-04-10' }), '2026-01-01', '2026-04-05')).toEqual({
      key: 'snoozed',
      day: '2026-04-10',
    });
    expect(line(contact({ stage: 'dormant' }), '2026-01-01', '2026-04-05')).toEqual({ key: 'silencedDormant' });
    expect(line(contact({ stage: 'paused' }), '2026-01-01', '2026-04-05')).toEqual({ key: 'silencedPaused' });
    expect(line(contact({ cadence: undefined }), '2026-01-01', '2026-04-05')).toEqual({ key: 'none' });
  });
});
