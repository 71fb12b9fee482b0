import { describe, expect, it } from 'vitest';
import { addDays, dayOfStamp, daysBetween, isDay, localDay, weekOf, weekday } from './dates';
import { at } from './test-support';

describe('calendar days', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-29', '2026-13-01', '2026-1-5', '2026-01-05T00:00:00Z', '', 20260105, undefined]) {
      expect(isDay(bad)).toBe(false);
    }
  });

  it('answers the same when asked again, also after remembering many days', () => {
    let day = '1990-01-01';
    for (let i = 0; i < 25_000; i++) {
      expect(isDay(day)).toBe(true);
      day = addDays(day, 1);
    }
    for (const bad of ['2026-02-29', '2026-02-30']) expect(isDay(bad)).toBe(false);
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('1990-01-01')).toBe(true);
  });

  it('does arithmetic across month, year and daylight-saving boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30'); // EU clocks change on 2026-03-29
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-03-30', '2026-03-28')).toBe(-2);
    expect(() => addDays('soon', 1)).toThrow(RangeError);
  });

  it('reads the local date of an instant and of a stored timestamp', () => {
    expect(localDay(at('2026-01-05', 0))).toBe('2026-01-05');
    expect(localDay(at('2026-01-05', 23))).toBe('2026-01-05');
    expect(dayOfStamp(at('2026-01-05', 23).toISOString())).toBe('2026-01-05');
    expect(dayOfStamp('not a time')).toBeUndefined();
  });

  it('finds the week containing a day, Monday- or Sunday-based', () => {
    expect(weekday('2026-01-04')).toBe(0); // a Sunday
    expect(weekOf('2026-01-04', 1)).toEqual({ start: '2025-12-29', end: '2026-01-04' });
    expect(weekOf('2026-01-05', 1)).toEqual({ start: '2026-01-05', end: '2026-01-11' });
    expect(weekOf('2026-01-04', 0)).toEqual({ start: '2026-01-04', end: '2026-01-10' });
    expect(weekOf('2026-01-03', 0)).toEqual({ start: '2025-12-28', end: '2026-01-03' });
  });
});
