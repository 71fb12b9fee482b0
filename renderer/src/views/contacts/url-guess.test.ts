import { describe, expect, it } from 'vitest';
import { withProfileUrl } from './url-guess';

const empty = { url: '', name: '', company: '' };

describe('withProfileUrl', () => {
  it('guesses the name as soon as a typed or dropped address is a profile', () => {
    const typed = withProfileUrl(empty, 'https://www.linkedin.com/in/johan-ek-8a1b2c3', false);
    expect(typed).toEqual({ url: 'https://www.linkedin.com/in/johan-ek-8a1b2c3', name: 'Johan Ek', company: '' });
  });

  it('follows the address letter by letter while the name is still its own guess', () => {
    let fields = empty;
    for (const ch of 'linkedin.com/in/maja-holm') fields = withProfileUrl(fields, fields.url + ch, false);
    expect(fields.name).toBe('Maja Holm');
  });

  it('keeps an address being typed as typed, and tidies it when leaving the field', () => {
    const value = 'se.linkedin.com/in/asa-lindqvist/?originalSubdomain=se';
    expect(withProfileUrl(empty, value, false).url).toBe(value);
    expect(withProfileUrl(empty, value, true).url).toMatch(/^https:\/\/www\.linkedin\.com\/in\/asa-lindqvist/);
  });

  it('never replaces a name the user wrote, and leaves other text alone', () => {
    const named = { ...empty, name: 'Åsa L.' };
    expect(withProfileUrl(named, 'https://www.linkedin.com/in/asa-lindqvist', false).name).toBe('Åsa L.');
    expect(withProfileUrl(empty, 'https://example.com/asa', false)).toEqual({
      ...empty,
      url: 'https://example.com/asa',
    });
  });
});
