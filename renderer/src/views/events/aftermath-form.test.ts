import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact, createEvent, getContact, getEvent, recordAftermath, updateEvent } from '@shared/schema';
import { at } from '@shared/schema/test-support';
import { addName, initialForm, toAftermath, wantedAfter } from './aftermath-form';

function journal() {
  const doc = new Y.Doc();
  const now = at('2026-11-30');
  const asa = createContact(doc, { name: 'Åsa Lindqvist' }, now);
  const bo = createContact(doc, { name: 'Bo Ek' }, now);
  const id = createEvent(
    doc,
    {
      title: 'Design meetup',
      date: '2026-11-28',
      meetContactIds: [asa, bo],
      meetNames: ['Maja Berg'],
      energyPlanned: 3,
    },
    now,
  );
  const nameOf = (cid: string) => getContact(doc, cid)?.name;
  return { doc, now, asa, bo, id, nameOf };
}

describe('the Record what happened form', () => {
  it('starts with everyone I wanted to meet ticked, and the planned energy', () => {
    const { doc, id, asa, bo, nameOf } = journal();
    const form = initialForm(getEvent(doc, id)!, nameOf);
    expect(form.energy).toBe(3);
    expect(form.people.map((p) => [p.name, p.contactId, p.met])).toEqual([
      ['Åsa Lindqvist', asa, true],
      ['Bo Ek', bo, true],
      ['Maja Berg', undefined, true],
    ]);
  });

  it('adds a new name once, ignoring case and blanks', () => {
    const { doc, id, nameOf } = journal();
    const people = initialForm(getEvent(doc, id)!, nameOf).people;
    expect(addName(people, '  ')).toBe(people);
    expect(addName(people, 'maja berg')).toBe(people);
    expect(addName(people, ' Kim Nyström ').map((p) => p.name)).toContain('Kim Nyström');
  });

  it('turns the ticked people into an aftermath, with next steps only where written', () => {
    const { doc, id, asa, nameOf } = journal();
    const form = initialForm(getEvent(doc, id)!, nameOf);
    const [a, b, m] = form.people;
    const people = [
      { ...a!, line: ' Talked about mentoring ', nextStep: 'Send the article', due: '2026-12-04' },
      { ...b!, met: false },
      { ...m!, nextStep: '  ' },
    ];
    expect(toAftermath({ energy: 4, people })).toEqual({
      energySpent: 4,
      met: [
        { contactId: asa, line: 'Talked about mentoring', nextStep: { text: 'Send the article', due: '2026-12-04' } },
        { name: 'Maja Berg', line: '' },
      ],
    });
  });

  it('afterwards lists new names met as contacts, so recording again neither forgets nor repeats them', () => {
    const { doc, id, asa, bo, now, nameOf } = journal();
    const event = getEvent(doc, id)!;
    const form = initialForm(event, nameOf);
    const people = [...addName(form.people, 'Kim Nyström')].map((p) => (p.contactId === bo ? { ...p, met: false } : p));
    const result = recordAftermath(doc, id, toAftermath({ energy: 2, people }), now);
    const [, maja, kim] = result.contactIds;
    const wanted = wantedAfter(event, people, result.contactIds);
    expect(wanted.meetNames).toEqual([]);
    expect([...wanted.meetContactIds].sort()).toEqual([asa, bo, maja].sort());
    expect(wanted.meetContactIds).not.toContain(kim);

    updateEvent(doc, id, wanted, now);
    const again = initialForm(getEvent(doc, id)!, nameOf);
    expect(again.energy).toBe(2);
    expect(again.people.map((p) => p.name)).toEqual(['Bo Ek']);
  });
});
