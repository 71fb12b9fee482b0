import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setWeeklyChallengeTarget, weeklyChallengeTarget } from '@shared/schema';
import { parseWeeklyTarget, WEEKLY_TARGET_MAX } from './weekly-target';

describe('parseWeeklyTarget', () => {
  it('reads whole numbers from 0 to the maximum', () => {
    expect(parseWeeklyTarget('0')).toBe(0);
    expect(parseWeeklyTarget(' 3 ')).toBe(3);
    expect(parseWeeklyTarget(String(WEEKLY_TARGET_MAX))).toBe(WEEKLY_TARGET_MAX);
  });

  it('refuses anything else', () => {
    for (const text of ['', '-1', '2.5', 'two', '1e1', String(WEEKLY_TARGET_MAX + 1), '007x']) {
      expect(parseWeeklyTarget(text)).toBeUndefined();
    }
  });

  it('agrees with the bound the schema enforces', () => {
    const doc = new Y.Doc();
    setWeeklyChallengeTarget(doc, WEEKLY_TARGET_MAX);
    expect(weeklyChallengeTarget(doc)).toBe(WEEKLY_TARGET_MAX);
    expect(() => setWeeklyChallengeTarget(doc, WEEKLY_TARGET_MAX + 1)).toThrow(RangeError);
  });
});
