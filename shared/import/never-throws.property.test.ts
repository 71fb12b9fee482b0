// Property test: both importers accept any string at all and answer with a well-formed ParseResult.
// The internal-error guard must never fire, so a caught exception counts as a failure too.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParseResult } from './contact-draft';
import { parseLinkedInCsv } from './linkedin-csv';
import { INTERNAL_ERROR_PREFIX } from './problems';
import { parseVCards } from './vcard-parse';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function expectWellFormed(result: ParseResult, input: string): void {
  expect(Array.isArray(result.drafts)).toBe(true);
  expect(Array.isArray(result.problems)).toBe(true);
  const lineCount = input.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).length;
  for (const p of result.problems) {
    expect(p.message.startsWith(INTERNAL_ERROR_PREFIX), p.message).toBe(false);
    expect(Number.isInteger(p.line) && p.line >= 1 && p.line <= lineCount, `line ${p.line} of ${lineCount}`).toBe(true);
  }
  for (const d of result.drafts) {
    expect(d.name.trim()).not.toBe('');
    expect(Number.isInteger(d.line) && d.line >= 1 && d.line <= lineCount).toBe(true);
    expect(Array.isArray(d.emails) && Array.isArray(d.phones) && Array.isArray(d.links)).toBe(true);
  }
}

const anyString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'binary-ascii' }),
  fc.string({ unit: 'grapheme' }),
  // Lone surrogates are valid JS strings even though no file decoder would produce them.
  fc.array(fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))).map((cs) => cs.join('')),
);

/** Lines built from tokens that exercise each parser's special cases. */
const tokenSoup = (tokens: string[]): fc.Arbitrary<string> =>
  fc
    .array(fc.array(fc.oneof(fc.constantFrom(...tokens), fc.string({ maxLength: 4 })), { maxLength: 8 }), {
      maxLength: 25,
    })
    .chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((nl) => lines.map((l) => l.join('')).join(nl)));

const csvTokens = [
  '"',
  '""',
  ',',
  '\n',
  '\r\n',
  '\r',
  '\uFEFF',
  'First Name',
  'Last Name',
  'URL',
  'Connected On',
  'Notes:',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  '7-Feb-22',
  '12 Mar 2024',
  '31 Feb 2024',
  'https://www.linkedin.com/in/%E0%A4',
  'linkedin.com/in/x',
  '🚀',
  '\uD800',
  ',,,,,,',
];
const vcardTokens = [
  'BEGIN:VCARD',
  'END:VCARD',
  'VERSION:2.1',
  'VERSION:3.0',
  'FN:',
  'N:',
  ';',
  ':',
  ',',
  '\\',
  '\\n',
  ' ',
  '\t',
  '=',
  '=C3',
  '=0D=0A',
  ';ENCODING=QUOTED-PRINTABLE',
  ';QUOTED-PRINTABLE',
  ';CHARSET=ISO-8859-1',
  ';CHARSET=klingon',
  'PHOTO;ENCODING=BASE64:',
  'PHOTO;ENCODING=b:',
  'item1.',
  'BDAY:',
  '--0229',
  'X-SOCIALPROFILE;type=linkedin;x-user=',
  'URL:https://linkedin.com/in/',
  'X-APPLE-OMIT-YEAR=',
  '"',
  '\uDC00',
  'ADR:;;',
  'EMAIL;PREF=1:',
  'TEL;VALUE=uri:tel:',
];

/** vCard-shaped files: real property names, tricky parameters and values, random card boundaries. */
const vcardValue = fc.constantFrom(
  '--0229',
  '--02-29',
  '1604-02-29',
  '19850412',
  '2.1',
  'https://www.linkedin.com/in/x',
  'mailto:a@b.c',
  'tel:+1',
  '=C3=A5',
  '=F6',
  '=',
  '\\,',
  '\\;',
  '\\n',
  '\\',
  ';',
  ',',
  'VCARD',
  ' ',
  ';;a;b;c;;',
);
const vcardLine = fc
  .tuple(
    fc.constantFrom('', 'item1.', 'a.b.'),
    fc.constantFrom(
      'FN',
      'N',
      'ORG',
      'TITLE',
      'EMAIL',
      'TEL',
      'URL',
      'NOTE',
      'ADR',
      'BDAY',
      'X-SOCIALPROFILE',
      'PHOTO',
      'VERSION',
      'X-FOO',
    ),
    fc.array(
      fc.constantFrom(
        ';ENCODING=QUOTED-PRINTABLE',
        ';QUOTED-PRINTABLE',
        ';CHARSET=UTF-8',
        ';CHARSET=ISO-8859-1',
        ';CHARSET=bogus',
        ';TYPE=pref',
        ';PREF=1',
        ';WORK',
        ';ENCODING=b',
        ';BASE64',
        ';type=linkedin',
        ';x-user=anna',
        ';X-APPLE-OMIT-YEAR=1604',
        ';TYPE="a,b"',
        ';"',
        ';',
      ),
      { maxLength: 3 },
    ),
    fc.oneof(
      { weight: 3, arbitrary: vcardValue.map((v) => [v]) },
      { weight: 1, arbitrary: fc.array(fc.oneof(vcardValue, fc.string({ maxLength: 3 })), { maxLength: 5 }) },
    ),
  )
  .map(([group, name, params, value]) => `${group}${name}${params.join('')}:${value.join('')}`);
const vcardShaped = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: vcardLine },
      {
        weight: 2,
        arbitrary: fc.constantFrom(
          'BEGIN:VCARD',
          'END:VCARD',
          'VERSION:2.1',
          '',
          ' cont',
          '\tcont',
          'QkFTRTY0',
          'no colon',
        ),
      },
    ),
    { maxLength: 30 },
  )
  .chain((lines) =>
    fc
      .tuple(fc.constantFrom('\n', '\r\n'), fc.boolean())
      .map(([nl, begin]) => (begin ? ['BEGIN:VCARD', ...lines] : lines).join(nl)),
  );

/** CSV-shaped files: an optional preamble, a real header layout, then rows of tricky cells, quoted or not. */
const csvCell = fc
  .tuple(fc.oneof(fc.constantFrom(...csvTokens), fc.string({ maxLength: 6 })), fc.boolean())
  .map(([cell, quoted]) => (quoted ? `"${cell.replace(/"/g, '""')}"` : cell));
const csvShaped = fc
  .tuple(
    fc.constantFrom('', 'Notes:\n"A\nmulti-line, ""quoted"" note"\n\n', 'Notes:\n\n', '"broken\n'),
    fc.constantFrom(
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      'First Name,Last Name,Connected On',
      'First Name,Last Name,Email Address,Company,Position,Connected On',
    ),
    fc.array(
      fc.array(csvCell, { maxLength: 9 }).map((cells) => cells.join(',')),
      { maxLength: 15 },
    ),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([preamble, header, rows, nl]) => (preamble + [header, ...rows].join('\n')).replace(/\n/g, nl));

/** Real-looking files, damaged: a slice removed and random text spliced in. */
const damaged = (text: string): fc.Arbitrary<string> =>
  fc
    .tuple(fc.nat(text.length), fc.nat(text.length), anyString)
    .map(([a, b, insert]) => text.slice(0, Math.min(a, b)) + insert + text.slice(Math.max(a, b)));

const csvFixtures = ['linkedin-bom-preamble-crlf.csv', 'linkedin-no-preamble.csv', 'linkedin-unterminated.csv'].map(
  fixture,
);
const vcardFixtures = ['vcard21-quoted-printable.vcf', 'vcard30-folded-photo.vcf', 'vcard40-groups-escapes.vcf'].map(
  fixture,
);

describe('importers never throw', () => {
  const cases: [string, (text: string) => ParseResult, fc.Arbitrary<string>][] = [
    [
      'parseLinkedInCsv',
      parseLinkedInCsv,
      fc.oneof(anyString, tokenSoup(csvTokens), csvShaped, ...csvFixtures.map(damaged)),
    ],
    [
      'parseVCards',
      parseVCards,
      fc.oneof(anyString, tokenSoup(vcardTokens), vcardShaped, ...vcardFixtures.map(damaged)),
    ],
  ];
  for (const [name, parse, input] of cases) {
    it(`${name} returns a well-formed result for any string`, () => {
      fc.assert(
        fc.property(input, (text) => expectWellFormed(parse(text), text)),
        { numRuns: 2000 },
      );
    });
  }

  it('cross-feeding each format to the other parser is refused politely', () => {
    for (const text of csvFixtures) expectWellFormed(parseVCards(text), text);
    for (const text of vcardFixtures) expectWellFormed(parseLinkedInCsv(text), text);
    expect(parseVCards(csvFixtures[0] ?? '').problems[0]?.severity).toBe('error');
    expect(parseLinkedInCsv(vcardFixtures[0] ?? '').problems[0]?.severity).toBe('error');
  });
});
