import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact, logInteraction, trash, updateContact } from '@shared/schema';
import { at } from '@shared/schema/test-support';
import { dueFollowUps } from './due-follow-ups';

const TODAY = '2026-03-10';

function person(doc: Y.Doc, name: string, extra: Parameters<typeof createContact>[1] = { name }): string {
  return createContact(doc, { ...extra, name }, at('2026-01-01'));
}

describe('due follow-ups', () => {
  it('lists next steps due today or earlier, longest waiting first, and leaves later ones out', () => {
    const doc = new Y.Doc();
    person(doc, 'Ana', { name: 'Ana', nextStep: { text: 'Send the article', due: TODAY } });
    person(doc, 'Bo', { name: 'Bo', nextStep: { text: 'Ask about the meetup', due: '2026-03-02' } });
    person(doc, 'Cem', { name: 'Cem', nextStep: { text: 'Later', due: '2026-03-11' } });
    person(doc, 'Dag', { name: 'Dag', nextStep: { text: 'Whenever', due: undefined } });
    expect(dueFollowUps(doc, TODAY).map((f) => f.name)).toEqual(['Bo', 'Ana']);
    expect(dueFollowUps(doc, TODAY)[0]).toMatchObject({ kind: 'next-step', text: 'Ask about the meetup' });
  });

  it('adds people whose keep-in-touch time is overdue, not those merely due, silenced or recently met', () => {
    const doc = new Y.Doc();
    const cadence = { idealDays: 14, maxDays: 30 };
    person(doc, 'Overdue', { name: 'Overdue', cadence });
    person(doc, 'Paused', { name: 'Paused', cadence, stage: 'paused' });
    const met = person(doc, 'Met', { name: 'Met', cadence });
    logInteraction(doc, { kind: 'call', date: '2026-03-01', contactIds: [met] }, at('2026-03-01'));
    createContact(doc, { name: 'Due', cadence }, at('2026-02-20')); // due since 03-06, overdue from 03-23
    expect(dueFollowUps(doc, TODAY)).toEqual([
      expect.objectContaining({ kind: 'keep-in-touch', name: 'Overdue', overdueOn: '2026-02-01' }),
    ]);
  });

  it('lists someone once, for the next step, and never a trashed person', () => {
    const doc = new Y.Doc();
    person(doc, 'Ana', { name: 'Ana', cadence: { idealDays: 7, maxDays: 14 }, nextStep: { text: 'Call', due: TODAY } });
    const gone = person(doc, 'Gone', { name: 'Gone', nextStep: { text: 'x', due: TODAY } });
    trash(doc, 'contacts', gone, at(TODAY));
    expect(dueFollowUps(doc, TODAY).map((f) => [f.kind, f.name])).toEqual([['next-step', 'Ana']]);
  });

  it('stops at five, next steps first', () => {
    const doc = new Y.Doc();
    for (const name of ['A', 'B', 'C', 'D']) person(doc, name, { name, nextStep: { text: 'Write', due: TODAY } });
    for (const name of ['E', 'F']) person(doc, name, { name, cadence: { idealDays: 7, maxDays: 14 } });
    const list = dueFollowUps(doc, TODAY);
    expect(list.map((f) => f.name)).toEqual(['A', 'B', 'C', 'D', 'E']);
    updateContact(doc, list[0]!.contactId, { nextStep: null }, at(TODAY));
    expect(dueFollowUps(doc, TODAY).map((f) => f.name)).toEqual(['B', 'C', 'D', 'E', 'F']);
  });
});

describe('due follow-ups, the quick day count', () => {
  it('agrees with the cadence rule on the days around overdue, in any order of events', () => {
    const doc = new Y.Doc();
    const id = createContact(doc, { name: 'Ola', cadence: { idealDays: 14, maxDays: 30 } }, at('2026-01-01', 23));
    expect(dueFollowUps(doc, '2026-01-31')).toEqual([]); // day 30: due, not overdue
    expect(dueFollowUps(doc, '2026-02-01')).toEqual([expect.objectContaining({ contactId: id })]); // day 31
    logInteraction(doc, { kind: 'call', date: '2026-01-20', contactIds: [id] }, at('2026-01-20'));
    expect(dueFollowUps(doc, '2026-02-19')).toEqual([]);
    expect(dueFollowUps(doc, '2026-02-20')).toEqual([expect.objectContaining({ overdueOn: '2026-02-20' })]);
  });
});
