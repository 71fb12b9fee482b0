// Tests for the vCard 4.0 writer: exact output for a known contact, escaping, and UTF-8-aware folding.
import { describe, expect, it } from 'vitest';
import type { ContactDraftLike } from './contact-draft';
import { parseVCards } from './vcard-parse';
import { foldLine, writeVCards } from './vcard-write';

const octets = (s: string): number => new TextEncoder().encode(s).length;

const sofia: ContactDraftLike = {
  name: 'Sofia Ek',
  company: 'Ljusgården AB',
  role: 'HR Partner',
  emails: ['sofia.ek@example.com'],
  phones: ['+46 70 123 45 67'],
  linkedinUrl: 'https://www.linkedin.com/in/sofia-ek',
  links: ['https://sofia.example'],
  notes: 'Met at breakfast, spring; ask about C:\\temp\nFollow up',
  address: 'Storgatan 1, Malmö',
  birthday: '--04-12',
};

describe('writeVCards', () => {
  it('writes an exact vCard 4.0 with CRLF and escapes', () => {
    expect(writeVCards([sofia])).toBe(
      [
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN:Sofia Ek',
        'N:Ek;Sofia;;;',
        'ORG:Ljusgården AB',
        'TITLE:HR Partner',
        'EMAIL:sofia.ek@example.com',
        'TEL;VALUE=text:+46 70 123 45 67',
        'URL:https://www.linkedin.com/in/sofia-ek',
        'URL:https://sofia.example',
        'NOTE:Met at breakfast\\, spring\\; ask about C:\\\\temp\\nFollow up',
        'ADR:;;Storgatan 1\\, Malmö;;;;',
        'BDAY:--0412',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
  });

  it('prefers explicit first/last names for N and handles one-word names', () => {
    const out = writeVCards([
      {
        name: 'Dr. Anna Maria von Trapp',
        firstName: 'Anna Maria',
        lastName: 'von Trapp',
        emails: [],
        phones: [],
        links: [],
      },
      { name: 'Madonna', emails: [], phones: [], links: [] },
    ]);
    expect(out).toContain('\r\nN:von Trapp;Anna Maria;;;\r\n');
    expect(out).toContain('\r\nN:;Madonna;;;\r\n');
  });

  it('writes nothing for no contacts and skips an invalid birthday', () => {
    expect(writeVCards([])).toBe('');
    expect(writeVCards([{ name: 'X', birthday: '31 Feb', emails: [], phones: [], links: [] }])).not.toContain('BDAY');
  });

  it('folds long lines at 75 octets without splitting multi-byte characters', () => {
    const notes = 'å'.repeat(50) + '🎉'.repeat(30) + '中'.repeat(40);
    const out = writeVCards([{ name: 'Long', notes, emails: [], phones: [], links: [] }]);
    const physical = out.split('\r\n').filter((l) => l !== '');
    expect(physical.length).toBeGreaterThan(8);
    for (const line of physical) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/); // no lone high surrogate at a fold
    }
    // Every continuation line starts with exactly the one folding space.
    expect(physical.filter((l) => l.startsWith(' ')).length).toBe(4); // 345 octets of NOTE line
    expect(parseVCards(out).drafts[0]?.notes).toBe(notes);
  });

  it('fills folded lines right up to the limit', () => {
    const folded = foldLine(`NOTE:${'a'.repeat(200)}`).split('\r\n');
    expect(folded.map(octets)).toEqual([75, 75, 57]); // 205 octets: 75 + (1 + 74) + (1 + 56)
    expect(foldLine('short')).toBe('short');
  });
});
