import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createContact,
  listContacts,
  listInteractions,
  logInteraction,
  migrate,
  updateContact,
  weeklyChallenge,
} from '../schema';
import { at } from '../schema/test-support';
import { generateJournal, scaledSize } from '../../bench/generate';
import { firstReachOuts, outreachInsight } from './outreach';

const today = '2026-06-17';

function journal() {
  const doc = new Y.Doc();
  migrate(doc);
  const person = (name: string) => createContact(doc, { name }, at('2026-01-05'));
  return { doc, person };
}

describe('outreachInsight', () => {
  it('counts each person once, in the week of their first reach-out, against the target', () => {
    const { doc, person } = journal();
    const a = person('Åsa');
    const b = person('Omar');
    const c = person('Linnea');
    const d = person('Johan');
    logInteraction(doc, { kind: 'message', contactIds: [a, b] }, at('2026-06-15'));
    logInteraction(doc, { kind: 'message', contactIds: [a] }, at('2026-06-16')); // a again: not new
    logInteraction(doc, { kind: 'coffee', contactIds: [c] }, at('2026-06-16')); // not a reach-out
    updateContact(doc, c, { stage: 'in-touch' }, at('2026-06-02')); // moved on: reached out that week
    logInteraction(doc, { kind: 'message', contactIds: [d] }, at('2026-05-01')); // the 4 weeks before
    const first = firstReachOuts(listContacts(doc), listInteractions(doc));
    const result = outreachInsight(first, 2, today, 4);
    expect(result.weeks.map((w) => [w.start, w.reachedOut])).toEqual([
      ['2026-05-25', 0],
      ['2026-06-01', 1],
      ['2026-06-08', 0],
      ['2026-06-15', 2],
    ]);
    expect(result).toMatchObject({ target: 2, weeksOnTarget: 1, total: { current: 3, previous: 1 } });
  });

  it('forgets people in the trash', () => {
    const { doc, person } = journal();
    const a = person('Åsa');
    logInteraction(doc, { kind: 'message', contactIds: [a] }, at('2026-06-15'));
    updateContact(doc, a, { name: 'Åsa' }, at('2026-06-15'));
    const contacts = listContacts(doc).map((c) => ({ ...c, deletedAt: '2026-06-16T10:00:00.000Z' }));
    expect(outreachInsight(firstReachOuts(contacts, listInteractions(doc)), 2, today, 4).total.current).toBe(0);
  });

  it('agrees with Today’s weekly challenge, week by week, on a generated journal', () => {
    const { doc } = generateJournal(scaledSize(300), '2026-06-15', 7);
    const first = firstReachOuts(listContacts(doc), listInteractions(doc));
    const result = outreachInsight(first, 2, '2026-06-15', 12);
    for (const week of result.weeks) expect(week.reachedOut).toBe(weeklyChallenge(doc, week.start).reachedOut);
    expect(result.total.current).toBeGreaterThan(0);
  });
});
