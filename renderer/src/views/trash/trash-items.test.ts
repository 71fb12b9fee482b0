import { describe, expect, it } from 'vitest';
import { purgeInfo } from './trash-items';

describe('purgeInfo', () => {
  const trashed = '2026-03-01T10:00:00.000Z';

  it('purges 30 days after the entry was trashed', () => {
    expect(purgeInfo(trashed, new Date('2026-03-01T10:00:00Z')).purgeAt?.toISOString()).toBe(
      '2026-03-31T10:00:00.000Z',
    );
  });

  it('counts whole days left, rounding up, and never below zero', () => {
    expect(purgeInfo(trashed, new Date('2026-03-01T10:00:00Z')).daysLeft).toBe(30);
    expect(purgeInfo(trashed, new Date('2026-03-01T11:00:00Z')).daysLeft).toBe(30);
    expect(purgeInfo(trashed, new Date('2026-03-30T12:00:00Z')).daysLeft).toBe(1);
    expect(purgeInfo(trashed, new Date('2026-03-31T10:00:00Z')).daysLeft).toBe(0);
    expect(purgeInfo(trashed, new Date('2026-04-09T00:00:00Z')).daysLeft).toBe(0);
  });

  it('admits it cannot date an entry with an unreadable timestamp', () => {
    expect(purgeInfo('yesterday', new Date())).toEqual({ purgeAt: undefined, daysLeft: undefined });
  });
});
