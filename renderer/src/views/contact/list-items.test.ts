import { describe, expect, it } from 'vitest';
import { addItem, cleanTag, removeItem } from './list-items';

describe('list items', () => {
  it('adds trimmed entries and ignores blanks', () => {
    expect(addItem(['a@x.se'], '  b@y.se ', 'email')).toEqual(['a@x.se', 'b@y.se']);
    const list = ['a@x.se'];
    expect(addItem(list, '   ', 'email')).toBe(list);
  });

  it('does not add the same entry twice, as a person would judge "the same"', () => {
    expect(addItem(['a@x.se'], 'A@X.se', 'email')).toEqual(['a@x.se']);
    expect(addItem(['+46 70-123 45 67'], '+46701234567', 'phone')).toEqual(['+46 70-123 45 67']);
    expect(addItem(['Design'], '#design', 'tag')).toEqual(['Design']);
    expect(addItem(['https://x.se/A'], 'https://x.se/a', 'url')).toEqual(['https://x.se/A', 'https://x.se/a']);
  });

  it('cleans tags and removes by position', () => {
    expect(cleanTag('  ##design   systems ')).toBe('design systems');
    expect(removeItem(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });
});
