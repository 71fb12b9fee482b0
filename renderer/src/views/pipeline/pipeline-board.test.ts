import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { createContact, listContacts, type ContactInput } from '@shared/schema';
import { at } from '@shared/schema/test-support';
import { columnGrouper, groupByStage, nearestFilledStage, neighbourStage, updateSorted } from './pipeline-board';

function contacts(inputs: ContactInput[]) {
  const doc = new Y.Doc();
  inputs.forEach((input, i) => createContact(doc, input, at(`2026-01-${String(i + 1).padStart(2, '0')}`)));
  return listContacts(doc);
}

describe('pipeline board', () => {
  it('puts everyone in their stage’s column, by name in the UI language', () => {
    const people = contacts([
      { name: 'Östen', stage: 'identified' },
      { name: 'Anna', stage: 'identified' },
      { name: 'Zoe', stage: 'identified' },
      { name: 'Bo', stage: 'in-touch' },
      { name: 'Cleo', stage: 'dormant' },
    ]);
    const sv = groupByStage(people, 'sv');
    expect(sv.identified.map((c) => c.name)).toEqual(['Anna', 'Zoe', 'Östen']);
    expect(groupByStage(people, 'de').identified.map((c) => c.name)).toEqual(['Anna', 'Östen', 'Zoe']);
    expect(sv['in-touch'].map((c) => c.name)).toEqual(['Bo']);
    expect(sv.dormant.map((c) => c.name)).toEqual(['Cleo']);
    expect(sv['reached-out']).toEqual([]);
    expect(Object.keys(sv)).toEqual(['identified', 'reached-out', 'in-touch', 'relationship', 'paused', 'dormant']);
  });

  it('knows the column to either side, and stops at the edges', () => {
    expect(neighbourStage('identified', 1)).toBe('reached-out');
    expect(neighbourStage('reached-out', -1)).toBe('identified');
    expect(neighbourStage('relationship', 1)).toBe('paused');
    expect(neighbourStage('identified', -1)).toBeUndefined();
    expect(neighbourStage('dormant', 1)).toBeUndefined();
  });

  it('skips empty columns when moving focus sideways', () => {
    const columns = groupByStage(
      contacts([
        { name: 'A', stage: 'identified' },
        { name: 'B', stage: 'relationship' },
      ]),
      'en',
    );
    expect(nearestFilledStage(columns, 'identified', 1)).toBe('relationship');
    expect(nearestFilledStage(columns, 'relationship', -1)).toBe('identified');
    expect(nearestFilledStage(columns, 'relationship', 1)).toBeUndefined();
  });

  it('keeps each column sorted as people move, and the arrays of columns nobody moved in or out of', () => {
    const people = contacts([
      { name: 'Cleo', stage: 'identified' },
      { name: 'Ada', stage: 'identified' },
      { name: 'Bo', stage: 'in-touch' },
      { name: 'Eli', stage: 'reached-out' },
      { name: 'Ari', stage: 'reached-out' },
    ]);
    const group = columnGrouper();
    const before = group(people, 'en');
    expect(before['reached-out'].map((c) => c.name)).toEqual(['Ari', 'Eli']);
    const moved = people.map((c) => (c.name === 'Cleo' ? { ...c, stage: 'reached-out' as const } : c));
    const after = group(moved, 'en');
    expect(after['in-touch']).toBe(before['in-touch']);
    expect(after.dormant).toBe(before.dormant);
    expect(after.identified.map((c) => c.name)).toEqual(['Ada']);
    expect(after['reached-out'].map((c) => c.name)).toEqual(['Ari', 'Cleo', 'Eli']);
    expect(group(moved, 'en')).toEqual(after);
    expect(group(moved, 'en')['reached-out']).toBe(after['reached-out']);
  });

  it('merges arrivals into a sorted column exactly as a full sort would', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 200 })),
        fc.uniqueArray(fc.integer({ min: 0, max: 200 })),
        (a, b) => {
          const compare = (x: number, y: number) => x - y;
          const before = [...a].sort(compare);
          expect(updateSorted(before, b, compare)).toEqual([...b].sort(compare));
        },
      ),
    );
  });
});
