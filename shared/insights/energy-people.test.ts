import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact, listContacts, listInteractions, logInteraction, migrate, type Energy } from '../schema';
import { at } from '../schema/test-support';
import { energyPeopleInsight } from './energy-people';

describe('energyPeopleInsight', () => {
  it('lists people with three or more interactions in the period by how they felt on average', () => {
    const doc = new Y.Doc();
    migrate(doc);
    const person = (name: string) => createContact(doc, { name }, at('2026-01-05'));
    const log = (id: string, day: string, energy?: Energy) =>
      logInteraction(doc, { kind: 'coffee', energy, contactIds: [id] }, at(day));
    const a = person('Åsa');
    const b = person('Omar');
    const c = person('Linnea');
    const d = person('Johan');
    for (const day of ['2026-06-01', '2026-06-08', '2026-06-15']) log(a, day, 5);
    log(b, '2026-06-01', 2);
    log(b, '2026-06-02', 3);
    log(b, '2026-06-03'); // no feeling: still an interaction
    log(c, '2026-06-01', 5);
    log(c, '2026-06-02', 5); // only two
    for (const day of ['2026-05-01', '2026-05-08', '2026-05-15']) log(d, day, 4); // the period before
    const result = energyPeopleInsight(listContacts(doc), listInteractions(doc), '2026-06-17', 4);
    expect(result.people).toEqual([
      { id: a, name: 'Åsa', interactions: 3, feeling: 5 },
      { id: b, name: 'Omar', interactions: 3, feeling: 2.5 },
    ]);
    expect(result.energising).toEqual({ current: 1, previous: 1 });
  });
});
