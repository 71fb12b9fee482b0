import { describe, expect, it } from 'vitest';
import { createEvent, createReflection, setEnergyBudget } from '@shared/schema';
import { at } from '@shared/schema/test-support';
import { practiceJournal } from '@shared/export/test-journal';
import { journalStats, statsLines } from './stats';

describe('rapport stats', () => {
  it('counts events and reflections, and sums this week’s energy', () => {
    const { doc } = practiceJournal();
    setEnergyBudget(doc, 10);
    createEvent(doc, { title: 'Alumni evening', date: '2026-12-05', energyPlanned: 2 }, at('2026-12-01'));
    createReflection(doc, { date: '2026-12-02', title: 'Quiet day' }, at('2026-12-02'));
    const stats = journalStats(doc, '2026-12-04');
    expect(stats).toMatchObject({
      contacts: 3,
      events: 2,
      reflections: 2,
      upcomingEvents: 1,
      recordedEvents: 1,
      latestReflection: '2026-12-02',
      energySpentThisWeek: 4,
      energyPlannedThisWeek: 2,
      energyBudget: 10,
    });
    expect(statsLines(stats)).toEqual([
      '  contacts     3',
      '  interactions 3',
      '  goals        1',
      '  events       2  (1 ahead, 1 recorded)',
      '  circles      1',
      '  reflections  2  (latest 2026-12-02)',
      '  inbox        0',
      '  energy this week: 4 of 10 spent, 2 planned',
    ]);
  });
});
