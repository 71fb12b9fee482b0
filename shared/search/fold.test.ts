import { describe, expect, it } from 'vitest';
import { fold, words } from './fold';

describe('fold', () => {
  it('folds case and diacritics both ways', () => {
    expect(fold('Sjöström')).toBe('sjostrom');
    expect(fold('sjostrom')).toBe(fold('SJÖSTRÖM'));
    expect(fold('Ångström')).toBe('angstrom');
    expect(fold('Öberg')).toBe(fold('Oberg'));
    expect(fold('Malmö')).toBe('malmo');
    expect(fold('Crème brûlée')).toBe('creme brulee');
  });

  it('spells out letters Unicode does not decompose', () => {
    expect(fold('Søren Kierkegaard')).toBe('soren kierkegaard');
    expect(fold('Ærø')).toBe('aero');
    expect(fold('Straße')).toBe('strasse');
    expect(fold('Łódź')).toBe('lodz');
  });

  it('finds words with their places in the original spelling', () => {
    expect(words('Hej, Åsa-Lena!')).toEqual([
      { word: 'Hej', start: 0, end: 3 },
      { word: 'Åsa', start: 5, end: 8 },
      { word: 'Lena', start: 9, end: 13 },
    ]);
  });
});
