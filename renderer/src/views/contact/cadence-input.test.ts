import { describe, expect, it } from 'vitest';
import { parseCadence } from './cadence-input';

describe('parseCadence', () => {
  it('reads a sensible pair, and a missing latest as the ideal', () => {
    expect(parseCadence({ ideal: '14', max: '30' })).toEqual({ idealDays: 14, maxDays: 30 });
    expect(parseCadence({ ideal: ' 14 ', max: '' })).toEqual({ idealDays: 14, maxDays: 14 });
    expect(parseCadence({ ideal: '14', max: '14' })).toEqual({ idealDays: 14, maxDays: 14 });
  });

  it('treats two empty fields as "no rhythm"', () => {
    expect(parseCadence({ ideal: '', max: ' ' })).toBeNull();
  });

  it('waits while the pair is half typed, and flags a latest shorter than the ideal', () => {
    expect(parseCadence({ ideal: '', max: '30' })).toBe('incomplete');
    expect(parseCadence({ ideal: '0', max: '' })).toBe('incomplete');
    expect(parseCadence({ ideal: '1.5', max: '' })).toBe('incomplete');
    expect(parseCadence({ ideal: '14', max: '-' })).toBe('incomplete');
    expect(parseCadence({ ideal: '14', max: '3' })).toBe('invalid');
  });
});
