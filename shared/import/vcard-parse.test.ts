// Example-driven tests for the vCard importer across 2.1, 3.0 and 4.0, using hand-made fixtures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_CHARS } from './problems';
import { parseVCards } from './vcard-parse';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('parseVCards: vCard 2.1 quoted-printable', () => {
  const { drafts, problems } = parseVCards(fixture('vcard21-quoted-printable.vcf'));

  it('decodes UTF-8 QP, bare parameters, soft breaks, and skips an unindented base64 photo', () => {
    expect(problems).toEqual([]);
    expect(drafts[0]).toEqual({
      name: 'Åsa Öberg',
      firstName: 'Åsa',
      lastName: 'Öberg',
      company: 'Fjällsoft AB',
      emails: ['asa.oberg@example.se'],
      phones: ['+46 8 123 456', '+46 70 111 22 33'], // ;PREF moves the work number first
      notes: 'Träffades på konferensen i Göteborg, pratade om mentorskap och\nlångsiktiga mål.',
      linkedinUrl: 'https://www.linkedin.com/in/asa-oberg-12ab',
      links: [],
      line: 1,
    });
  });

  it('decodes ISO-8859-1 QP, a soft break inside ADR, and keeps 2.1 folding whitespace', () => {
    expect(drafts[1]).toEqual({
      name: 'Björn Sjöberg',
      firstName: 'Björn',
      lastName: 'Sjöberg',
      role: 'Inköpschef',
      address: 'Storgatan 1, Malmö, 211 34, Sverige',
      notes: 'Folded in 2.1 keeps the space',
      birthday: '1979-05-21',
      emails: [],
      phones: [],
      links: [],
      line: 18,
    });
  });
});

describe('parseVCards: vCard 3.0 folding and photo', () => {
  const { drafts, problems } = parseVCards(fixture('vcard30-folded-photo.vcf'));

  it('unfolds space- and tab-led lines, unescapes, and ignores the folded base64 photo', () => {
    expect(problems).toEqual([]);
    expect(drafts).toHaveLength(2);
    const aisha = drafts[0];
    expect(aisha).toMatchObject({
      name: 'Aisha Karimi',
      firstName: 'Aisha',
      lastName: 'Karimi',
      company: 'Karimi & Co, Research',
      role: 'Engineering Manager',
      phones: ['+1 (555) 010-2030'],
      emails: ['aisha@example.com', 'aisha.home@example.net'], // type=pref first
      linkedinUrl: 'https://www.linkedin.com/in/aisha-karimi',
      links: ['https://karimi.example/blog'],
      birthday: '--04-12',
      address: 'Suite 5, 1 Infinite Loop, Cupertino, CA, 95014, USA',
      line: 1,
    });
    expect(aisha?.notes).toBe(
      'This note is long enough that Apple folds it across several lines, and it continues here after a ' +
        'single leading space; then a tab-led line:and a literal backslash \\ plus a newline\nsecond line.',
    );
  });

  it('falls back to N when FN is missing and reads a year-less BDAY', () => {
    expect(drafts[1]).toEqual({
      name: 'Ken Nakamura',
      firstName: 'Ken',
      lastName: 'Nakamura',
      birthday: '--09-23',
      emails: [],
      phones: [],
      links: [],
      line: 23,
    });
  });
});

describe('parseVCards: vCard 4.0 groups and escapes', () => {
  const { drafts, problems } = parseVCards(fixture('vcard40-groups-escapes.vcf'));

  it('reads grouped properties, escaped commas/semicolons, tel: URIs and PREF=1', () => {
    expect(problems).toEqual([]);
    expect(drafts[0]).toEqual({
      name: 'Li, Wei (李伟)',
      firstName: 'Wei',
      lastName: 'Li',
      company: 'Semi;colon Ltd, Shanghai',
      role: 'VP, Platform',
      emails: ['liwei@example.com', 'wei.li@example.cn'],
      phones: ['+86-10-5555-0100'],
      links: ['https://example.cn/~wei'],
      linkedinUrl: 'https://www.linkedin.com/in/li-wei-5a5a5a',
      notes: 'Likes \\ backslashes, semicolons; and\nnewlines 🎉',
      birthday: '1985-04-12',
      line: 1,
    });
  });

  it('drops exact duplicate emails', () => {
    expect(drafts[1]).toMatchObject({ name: 'Fatima Al-Sayed', emails: ['fatima@example.org'], line: 17 });
  });
});

describe('parseVCards: broken input', () => {
  it('reports every problem with its line, and refuses a card without its END (cut off or damaged)', () => {
    const { drafts, problems } = parseVCards(fixture('vcard-broken.vcf'));
    expect(drafts.map((d) => [d.line, d.name])).toEqual([
      [2, 'Unfinished Ulla'],
      [12, 'Malformed Mats'],
      [19, 'Truncated Tina'],
    ]);
    expect(drafts[0]?.emails).toEqual(['ulla@example.com']);
    expect(drafts[1]?.birthday).toBeUndefined();
    expect(problems.map((p) => [p.line, p.severity, p.message])).toEqual([
      [1, 'warning', 'Line 1: text outside BEGIN:VCARD … END:VCARD ignored.'],
      [
        2,
        'error',
        'BEGIN:VCARD on line 2 has no END:VCARD before the next card on line 6: the file is damaged. Nothing was imported; export the file again or fix it, then import it.',
      ],
      [6, 'warning', 'Card starting on line 6 has no name (FN or N); skipped.'],
      [11, 'warning', 'END:VCARD on line 11 has no matching BEGIN:VCARD; ignored.'],
      [15, 'warning', 'Line 15 is not a vCard property (expected NAME:value); ignored.'],
      [16, 'warning', 'Line 16: could not read BDAY "sometime in May"; left empty.'],
      [17, 'warning', 'Line 17 is not a vCard property (expected NAME:value); ignored.'],
      [
        19,
        'error',
        'BEGIN:VCARD on line 19 has no END:VCARD: the file was cut off. Nothing was imported; export the file again or fix it, then import it.',
      ],
    ]);
  });

  it('counts lines through folds and a BOM', () => {
    const text =
      '\uFEFFBEGIN:VCARD\r\nFN:A\r\n  long\r\n  name\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Bo\r\nBDAY:nope\r\nEND:VCARD\r\n';
    const { drafts, problems } = parseVCards(text);
    expect(drafts.map((d) => [d.line, d.name])).toEqual([
      [1, 'A long name'],
      [6, 'Bo'],
    ]);
    expect(problems).toMatchObject([{ line: 8, message: expect.stringContaining('BDAY') }]);
  });

  it('says once that a non-vCard file has no cards', () => {
    for (const text of ['', 'First Name,Last Name\nBo,Ek\n', 'END:VCARD\n']) {
      expect(parseVCards(text)).toEqual({
        drafts: [],
        format: 'vcard',
        problems: [{ line: 1, severity: 'error', message: 'No vCard found: expected BEGIN:VCARD.', code: 'vcardNone' }],
      });
    }
  });

  it('maps X-SOCIALPROFILE given only as a handle, and skips binary values safely', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Handle Hanna',
      'X-SOCIALPROFILE;type=linkedin;x-user=hanna-h:x-apple:hanna-h',
      'LOGO;ENCODING=b:AAAA',
      'NOTE;ENCODING=BASE64:SGVsbG8=',
      'END:VCARD',
    ].join('\n');
    const { drafts, problems } = parseVCards(text);
    expect(problems).toEqual([]);
    expect(drafts[0]).toMatchObject({ linkedinUrl: 'https://www.linkedin.com/in/hanna-h', links: [] });
    expect(drafts[0]?.notes).toBeUndefined();
  });

  it('falls back to Latin-1 when QP bytes are not UTF-8 and no charset is given', () => {
    const { drafts } = parseVCards('BEGIN:VCARD\nVERSION:2.1\nFN;ENCODING=QUOTED-PRINTABLE:G=F6ran\nEND:VCARD\n');
    expect(drafts[0]?.name).toBe('Göran');
  });

  it('refuses input over 50 MB', () => {
    const result = parseVCards('BEGIN:VCARD\n' + 'x'.repeat(MAX_IMPORT_CHARS));
    expect(result.drafts).toEqual([]);
    expect(result.problems).toMatchObject([
      { line: 1, severity: 'error', message: expect.stringMatching(/too large/) },
    ]);
  });
});
