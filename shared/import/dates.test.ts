// Tests for the import date parsers: accepted spellings, calendar validation, and vCard output form.
import { describe, expect, it } from 'vitest';
import { parseLooseDate, parseVCardDate, toVCardDate } from './dates';

describe('parseLooseDate', () => {
  it.each([
    ['12 Mar 2024', '2024-03-12'],
    ['07 Mar 2024', '2024-03-07'],
    ['7-Feb-22', '2022-02-07'],
    ['07-feb-1999', '1999-02-07'],
    ['2024-03-12', '2024-03-12'],
    ['Mar 12, 2024', '2024-03-12'],
    ['1 September 2023', '2023-09-01'],
    [' 29 Feb 2024 ', '2024-02-29'],
    ['5-Jan-75', '1975-01-05'],
  ])('%s → %s', (raw, iso) => {
    expect(parseLooseDate(raw)).toBe(iso);
  });

  it.each([
    '',
    '29 Feb 2023',
    '31 Apr 2024',
    '12/03/2024',
    '12 Foo 2024',
    '1 constructor 2024',
    '1 Marc 2024',
    '2024-13-01',
    'yesterday',
    '0 Mar 2024',
  ])('rejects %s', (raw) => {
    expect(parseLooseDate(raw)).toBeUndefined();
  });
});

describe('parseVCardDate / toVCardDate', () => {
  it.each([
    ['1985-04-12', '1985-04-12'],
    ['19850412', '1985-04-12'],
    ['1985-04-12T00:00:00Z', '1985-04-12'],
    ['--0412', '--04-12'],
    ['--04-12', '--04-12'],
    ['--0229', '--02-29'],
  ])('%s → %s', (raw, iso) => {
    expect(parseVCardDate(raw)).toBe(iso);
  });

  it.each(['--04', '---12', '--1332', 'circa 1800', '1985-02-30'])('rejects %s', (raw) => {
    expect(parseVCardDate(raw)).toBeUndefined();
  });

  it('writes the basic format', () => {
    expect(toVCardDate('1985-04-12')).toBe('19850412');
    expect(toVCardDate('--04-12')).toBe('--0412');
    expect(toVCardDate('not a date')).toBeUndefined();
  });
});
