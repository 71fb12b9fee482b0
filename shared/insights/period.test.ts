import { describe, expect, it } from 'vitest';
import { periodOf, weekIndex } from './period';

describe('periodOf', () => {
  it('ends with the ISO week holding today and reaches back whole weeks', () => {
    // 2026-06-17 is a Wednesday.
    const p = periodOf('2026-06-17', 4);
    expect(p.weeks.map((w) => w.start)).toEqual(['2026-05-25', '2026-06-01', '2026-06-08', '2026-06-15']);
    expect(p).toMatchObject({ start: '2026-05-25', end: '2026-06-21' });
    expect(p.previous).toEqual({ start: '2026-04-27', end: '2026-05-24' });
  });

  it('crosses the turn of the year in ISO weeks', () => {
    const p = periodOf('2027-01-01', 2);
    expect(p.weeks).toEqual([
      { start: '2026-12-21', end: '2026-12-27' },
      { start: '2026-12-28', end: '2027-01-03' },
    ]);
  });

  it('finds the week of a day by arithmetic, -1 outside the period', () => {
    const p = periodOf('2026-06-17', 12);
    expect(weekIndex(p, p.start)).toBe(0);
    expect(weekIndex(p, '2026-06-21')).toBe(11);
    expect(weekIndex(p, '2026-06-14')).toBe(10);
    expect(weekIndex(p, '2026-06-22')).toBe(-1);
    expect(weekIndex(p, p.previous.end)).toBe(-1);
  });
});
