import { describe, expect, it } from 'vitest';
import { rowAfterKey } from './list-keys';

describe('moving through a list with the keyboard', () => {
  it('steps, pages and jumps, and stops at the ends', () => {
    expect(rowAfterKey('ArrowDown', 0, 10, 4)).toBe(1);
    expect(rowAfterKey('ArrowDown', 9, 10, 4)).toBeUndefined();
    expect(rowAfterKey('ArrowUp', 3, 10, 4)).toBe(2);
    expect(rowAfterKey('ArrowUp', 0, 10, 4)).toBeUndefined();
    expect(rowAfterKey('PageDown', 7, 10, 4)).toBe(9);
    expect(rowAfterKey('PageUp', 2, 10, 4)).toBe(0);
    expect(rowAfterKey('Home', 5, 10, 4)).toBe(0);
    expect(rowAfterKey('End', 5, 10, 4)).toBe(9);
    expect(rowAfterKey('End', 9, 10, 4)).toBeUndefined();
  });

  it('ignores other keys and empty lists', () => {
    expect(rowAfterKey('Enter', 0, 10, 4)).toBeUndefined();
    expect(rowAfterKey('ArrowDown', 0, 0, 4)).toBeUndefined();
  });
});
