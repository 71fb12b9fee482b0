import { describe, expect, it } from 'vitest';
import { dayLanguage, formatDay, parseDay, stepDay } from './day-text';

describe('days as the chosen language writes them', () => {
  it('shows ISO in Swedish and "30 Nov 2026" in English', () => {
    expect(formatDay('2026-11-30', 'sv')).toBe('2026-11-30');
    expect(formatDay('2026-11-30', 'en')).toBe('30 Nov 2026');
    expect(formatDay('2027-01-05', 'en')).toBe('5 Jan 2027');
    expect(formatDay('', 'en')).toBe('');
  });

  it('reads back what it shows, ISO in either language, and month names in both', () => {
    for (const d of ['2026-11-30', '2027-01-05', '2028-02-29']) {
      expect(parseDay(formatDay(d, 'en'))).toBe(d);
      expect(parseDay(formatDay(d, 'sv'))).toBe(d);
    }
    expect(parseDay('30 november 2026')).toBe('2026-11-30');
    expect(parseDay('5 maj 2026')).toBe('2026-05-05');
    expect(parseDay('Nov 30, 2026')).toBe('2026-11-30');
    expect(parseDay('  ')).toBe('');
  });

  it('refuses what is not a whole, real day', () => {
    for (const text of ['2026-11-3', '30 Nov 26', '31 Nov 2026', '2027-02-29', '30 Nu 2026', '11/30/2026', 'soon'])
      expect(parseDay(text), text).toBeUndefined();
  });

  it('steps across months and years, and picks the language from i18next’s', () => {
    expect(stepDay('2026-12-31', 1)).toBe('2027-01-01');
    expect(stepDay('2026-03-01', -1)).toBe('2026-02-28');
    expect(dayLanguage('sv-SE')).toBe('sv');
    expect(dayLanguage('en')).toBe('en');
  });
});
