import { afterEach, describe, expect, it } from 'vitest';
import { setMainLanguage } from '../app/main-i18n';
import type { ReminderItems } from './reminder-items';
import { reminderText } from './reminder-text';

const ana = {
  kind: 'next-step',
  contactId: 'a',
  name: 'Ana Berg',
  text: 'Send the article',
  due: '2026-03-09',
} as const;
const bo = { kind: 'keep-in-touch', contactId: 'b', name: 'Bo Ek', overdueOn: '2026-03-01' } as const;
const cem = { kind: 'keep-in-touch', contactId: 'c', name: 'Cem', overdueOn: '2026-03-02' } as const;
const meetup = { eventId: 'e', title: 'Design meetup', date: '2026-03-11' };

afterEach(() => setMainLanguage('en'));

describe('the reminder’s words', () => {
  it('name a single item', () => {
    expect(reminderText({ followUps: [ana], events: [] })).toEqual({
      title: 'Worth a moment today',
      body: 'Next step with Ana Berg: Send the article',
    });
    expect(reminderText({ followUps: [], events: [meetup] }).body).toBe(
      'Design meetup is tomorrow — a few minutes to prepare?',
    );
  });

  it('count several, with plurals, in one short sentence', () => {
    const items: ReminderItems = { followUps: [ana, bo, cem], events: [meetup] };
    expect(reminderText(items).body).toBe(
      '1 next step is due, 2 people to get back in touch with, and 1 event tomorrow to prepare for',
    );
  });

  it('speak Swedish when main does', () => {
    setMainLanguage('sv');
    const text = reminderText({ followUps: [ana, bo, cem], events: [] });
    expect(text.title).toBe('Värt en stund i dag');
    expect(text.body).toBe('1 nästa steg att ta och 2 personer att höra av dig till');
  });
});
