import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addId, readIdSets, readIds } from './id-set';
import type { EntityMap } from './journal-doc';

function entity(entries: Record<string, unknown>): EntityMap {
  const doc = new Y.Doc();
  const map = doc.getMap<EntityMap>('things').set('a', new Y.Map()) as EntityMap;
  for (const [key, value] of Object.entries(entries)) map.set(key, value);
  return map;
}

describe('readIdSets', () => {
  it('reads each set as readIds does, in one pass', () => {
    const map = entity({
      name: 'Anna',
      'goalIds:g2': true,
      'goalIds:g1': true,
      'goalIds:gone': false,
      'goalIds:': true,
      'goalIdsX:g9': true,
      'circleIds:c1': 1,
      'circleIds:c0': null,
      'meetNames:Anna: the designer': true,
      'note:goalIds:g3': true,
    });
    const sets = readIdSets(map, ['goalIds', 'circleIds', 'meetNames', 'eventIds']);
    expect(sets).toEqual({
      goalIds: ['g1', 'g2'],
      circleIds: ['c1'],
      meetNames: ['Anna: the designer'],
      eventIds: [],
    });
    for (const field of ['goalIds', 'circleIds', 'meetNames', 'eventIds'] as const) {
      expect(sets[field]).toEqual(readIds(map, field));
    }
  });

  it('sees ids added and removed like readIds', () => {
    const map = entity({});
    addId(map, 'contactIds', 'p2');
    addId(map, 'contactIds', 'p1');
    map.delete('contactIds:p2');
    expect(readIdSets(map, ['contactIds'])).toEqual({ contactIds: ['p1'] });
  });
});
