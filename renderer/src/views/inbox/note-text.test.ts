import { describe, expect, it } from 'vitest';
import { afterFirstLine, excerpt, firstLine, guessName, titleFrom } from './note-text';

describe('note text', () => {
  it('reads the first line with text in it', () => {
    expect(firstLine('\n  Design meetup Thursday  \nMaria will be there')).toBe('Design meetup Thursday');
    expect(firstLine('   ')).toBe('');
  });

  it('reads what follows the first line', () => {
    expect(afterFirstLine('\nDesign meetup\n\nMaria will be there\ngo for an hour\n')).toBe(
      'Maria will be there\ngo for an hour',
    );
    expect(afterFirstLine('One line only')).toBe('');
    expect(afterFirstLine('')).toBe('');
  });

  it('shortens long lines for names and titles', () => {
    expect(excerpt('Ask Sam about the mentoring circle and whether it is open')).toBe(
      'Ask Sam about the mentoring circle and …',
    );
    expect(excerpt('Short\nsecond line')).toBe('Short');
    const long = 'Nordic design leadership breakfast at the old library, with a panel on mentoring juniors well';
    expect(titleFrom(long)).toBe('Nordic design leadership breakfast at the old library, with a panel on…');
    expect(titleFrom('Meetup\nmore')).toBe('Meetup');
  });

  it('guesses the name of the person a note is about', () => {
    expect(guessName('Coffee with Anna Lind next week')).toBe('Anna Lind');
    expect(guessName('Ask Sam about the mentoring circle')).toBe('Sam');
    expect(guessName('Maria told me about the design meetup')).toBe('Maria');
    expect(guessName('Maria Svensson — met her at the design meetup')).toBe('Maria Svensson');
    expect(guessName('Yesterday I met Jonas Berg, he runs the UX guild')).toBe('Jonas Berg');
    expect(guessName('Fika med Åsa Öberg på fredag')).toBe('Åsa Öberg');
    expect(guessName('Thank Sam’s team for the talk')).toBe('Sam');
    expect(guessName('I should write to someone at the museum')).toBe('');
    expect(guessName('remember the meetup')).toBe('');
    expect(guessName('')).toBe('');
  });
});
