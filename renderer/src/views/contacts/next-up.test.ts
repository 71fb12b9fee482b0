import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact, getContact, type Contact, type ContactInput } from '@shared/schema';
import { at } from '@shared/schema/test-support';
import { nextUp, shortDay } from './next-up';

/** A contact added on 2026-01-01. */
function contact(input: Partial<ContactInput> = {}): Contact {
  const doc = new Y.Doc();
  const id = createContact(doc, { name: 'Ola', ...input }, at('2026-01-01'));
  return getContact(doc, id) as Contact;
}

describe('what is next with a person', () => {
  it('is nothing when there is no step and no rhythm', () => {
    expect(nextUp(contact(), undefined, '2026-03-01')).toBeUndefined();
  });

  it('is a dated next step: ahead, today, or planned for a day that has passed', () => {
    const c = contact({ nextStep: { text: 'Ask about the meetup', due: '2026-03-10' } });
    expect(nextUp(c, undefined, '2026-03-01')).toEqual({
      kind: 'step',
      text: 'Ask about the meetup',
      due: '2026-03-10',
      when: 'future',
    });
    expect(nextUp(c, undefined, '2026-03-10')).toMatchObject({ when: 'today' });
    expect(nextUp(c, undefined, '2026-03-11')).toMatchObject({ when: 'past' });
  });

  it('prefers a dated step over a rhythm that has come round', () => {
    const c = contact({ nextStep: { text: 'Coffee', due: '2026-06-01' }, cadence: { idealDays: 14, maxDays: 30 } });
    expect(nextUp(c, undefined, '2026-03-01')).toMatchObject({ kind: 'step' });
  });

  it('is the keep-in-touch rhythm when due or overdue, counted from the last interaction', () => {
    const c = contact({ cadence: { idealDays: 14, maxDays: 30 } });
    expect(nextUp(c, undefined, '2026-01-10')).toBeUndefined(); // in rhythm
    expect(nextUp(c, undefined, '2026-01-15')).toEqual({ kind: 'cadence', state: 'due' });
    expect(nextUp(c, undefined, '2026-02-01')).toEqual({ kind: 'cadence', state: 'overdue' });
    expect(nextUp(c, '2026-01-25', '2026-02-01')).toBeUndefined();
  });

  it('falls back to an undated step when the rhythm is quiet', () => {
    const c = contact({ nextStep: { text: 'Say thanks', due: undefined }, cadence: { idealDays: 14, maxDays: 30 } });
    expect(nextUp(c, undefined, '2026-01-05')).toEqual({ kind: 'undated', text: 'Say thanks' });
    expect(nextUp(c, undefined, '2026-01-20')).toEqual({ kind: 'cadence', state: 'due' });
  });

  it('stays quiet for people paused or dormant by choice', () => {
    const c = contact({ stage: 'dormant', cadence: { idealDays: 14, maxDays: 30 } });
    expect(nextUp(c, undefined, '2026-06-01')).toBeUndefined();
  });

  it('writes a day short, with the year only when it is not this year', () => {
    expect(shortDay('2026-03-10', '2026-01-01', 'en-GB')).toBe('10 Mar');
    expect(shortDay('2027-03-10', '2026-01-01', 'en-GB')).toBe('10 Mar 2027');
    expect(shortDay('2026-03-10', '2026-01-01', 'sv')).toBe('10 mars');
  });
});
