import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createContact,
  createEvent,
  listEvents,
  listInteractions,
  logInteraction,
  migrate,
  recordAftermath,
  weekEnergy,
} from '../schema';
import { at } from '../schema/test-support';
import { generateJournal, scaledSize } from '../../bench/generate';
import { energyInsight } from './energy';

describe('energyInsight', () => {
  it('adds what each week took, counts an event once, and averages how it felt', () => {
    const doc = new Y.Doc();
    migrate(doc);
    const a = createContact(doc, { name: 'Åsa' }, at('2026-01-05'));
    logInteraction(doc, { kind: 'coffee', energy: 5, contactIds: [a] }, at('2026-06-15')); // 2 points
    logInteraction(doc, { kind: 'call', energyCost: 3, energy: 2, contactIds: [a] }, at('2026-06-16'));
    const party = createEvent(doc, { title: 'Meetup', date: '2026-06-03', energyPlanned: 2 }, at('2026-05-20'));
    recordAftermath(doc, party, { energySpent: 4, met: [{ contactId: a, line: 'Talked' }] }, at('2026-06-03'));
    createEvent(doc, { title: 'Not yet', date: '2026-06-19', energyPlanned: 5 }, at('2026-06-01'));
    logInteraction(doc, { kind: 'meeting', contactIds: [a] }, at('2026-05-10')); // the weeks before
    const result = energyInsight(listInteractions(doc), listEvents(doc), 6, '2026-06-17', 4);
    expect(result.weeks.map((w) => [w.start, w.spent, w.feeling])).toEqual([
      ['2026-05-25', 0, undefined],
      ['2026-06-01', 4, undefined],
      ['2026-06-08', 0, undefined],
      ['2026-06-15', 5, 3.5],
    ]);
    expect(result).toMatchObject({
      budget: 6,
      weeksOverBudget: 0,
      spent: { current: 9, previous: 2 },
      feeling: { current: 3.5, previous: undefined },
      hasData: true,
    });
  });

  it('has nothing to draw in a quiet period', () => {
    const result = energyInsight([], [], 12, '2026-06-17', 12);
    expect(result.hasData).toBe(false);
    expect(result.weeks).toHaveLength(12);
  });

  it('spends what the weekly review spends, week by week, on a generated journal', () => {
    const { doc } = generateJournal(scaledSize(300), '2026-06-15', 3);
    const interactions = listInteractions(doc);
    const events = listEvents(doc);
    const result = energyInsight(interactions, events, 12, '2026-06-15', 26);
    for (const week of result.weeks.slice(0, -1))
      expect(week.spent).toBe(weekEnergy(interactions, events, week.start, 12).spent);
    expect(result.spent.current).toBeGreaterThan(0);
  });
});
