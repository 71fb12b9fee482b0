import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact, createEvent } from '@shared/schema';
import { at } from '@shared/schema/test-support';
import { itemKeys, reminderItems } from './reminder-items';

const TODAY = '2026-03-10';

describe('reminder items', () => {
  it('gathers due next steps, overdue keep-in-touch and tomorrow’s unprepared events — no more', () => {
    const doc = new Y.Doc();
    const was = at('2026-01-01');
    createContact(doc, { name: 'Ana', nextStep: { text: 'Send the article', due: '2026-03-09' } }, was);
    createContact(doc, { name: 'Bo', nextStep: { text: 'Later', due: '2026-03-11' } }, was);
    createContact(doc, { name: 'Cem', cadence: { idealDays: 14, maxDays: 30 } }, was);
    createEvent(doc, { title: 'Design meetup', date: '2026-03-11', purpose: 'Meet designers' }, was);
    const ready = { purpose: 'Learn', openers: ['What brought you here?'], meetNames: ['Dana'] };
    createEvent(doc, { title: 'Ready already', date: '2026-03-11', ...ready }, was);
    createEvent(doc, { title: 'Next week', date: '2026-03-17' }, was);

    const items = reminderItems(doc, TODAY);
    expect(items.followUps.map((f) => [f.kind, f.name])).toEqual([
      ['next-step', 'Ana'],
      ['keep-in-touch', 'Cem'],
    ]);
    expect(items.events.map((e) => e.title)).toEqual(['Design meetup']);
  });

  it('keys each item by what it is and its date, so a step moved to another day is a new reminder', () => {
    const doc = new Y.Doc();
    const id = createContact(doc, { name: 'Ana', nextStep: { text: 'Write', due: '2026-03-09' } }, at('2026-01-01'));
    const before = itemKeys(reminderItems(doc, TODAY));
    expect(before).toEqual([`next-step:${id}:2026-03-09`]);
    const moved = new Y.Doc();
    createContact(moved, { name: 'Ana', nextStep: { text: 'Write', due: '2026-03-10' } }, at('2026-01-01'));
    expect(itemKeys(reminderItems(moved, TODAY))).not.toEqual(before);
  });
});
