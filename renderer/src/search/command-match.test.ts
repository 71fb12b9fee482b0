import { describe, expect, it } from 'vitest';
import { matchesCommand } from './command-match';

const newContact = { label: 'New contact', other: 'Ny kontakt' };
const backUp = { label: 'Säkerhetskopiera nu', other: 'Back up now' };

describe('matchesCommand', () => {
  it('matches word prefixes in any order, ignoring case and accents', () => {
    expect(matchesCommand(newContact, 'new con')).toBe(true);
    expect(matchesCommand(newContact, 'CONTACT')).toBe(true);
    expect(matchesCommand(newContact, 'con new')).toBe(true);
    expect(matchesCommand(backUp, 'sakerhet')).toBe(true);
  });

  it('matches the name in the other language too', () => {
    expect(matchesCommand(newContact, 'ny kont')).toBe(true);
    expect(matchesCommand(backUp, 'back up')).toBe(true);
  });

  it('needs every typed word, and at least one', () => {
    expect(matchesCommand(newContact, 'new event')).toBe(false);
    expect(matchesCommand(newContact, 'ontact')).toBe(false);
    expect(matchesCommand(newContact, '  ')).toBe(false);
  });
});
