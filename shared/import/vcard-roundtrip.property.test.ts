// Property test: anything Rapport can hold survives writeVCards → parseVCards unchanged.
// Generators deliberately exclude what vCard cannot carry (documented at each arbitrary).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseLinkedInUrl, type ContactDraftLike } from './contact-draft';
import { parseVCards } from './vcard-parse';
import { writeVCards } from './vcard-write';

// Characters that stress escaping and folding, mixed with arbitrary printable graphemes.
const nasty = fc.constantFrom(
  ',',
  ';',
  '\\',
  ':',
  '"',
  '=',
  ' ',
  '\t',
  '🎉',
  '👩‍👩‍👧',
  'å',
  'Ö',
  '中',
  'ل',
  '\\n',
  'BEGIN:VCARD',
);
const unit = fc.oneof(nasty, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }));

/**
 * Text fields. Excluded, because vCard (or a tolerant parser) cannot represent them: leading/trailing
 * whitespace (parsers trim values), empty strings (an empty value means "absent"), and CR (every
 * newline style is escaped as `\n`, so CR and CRLF come back as LF).
 */
const text = (maxLength: number, newlines: boolean): fc.Arbitrary<string> =>
  fc
    .array(newlines ? fc.oneof({ weight: 1, arbitrary: fc.constant('\n') }, { weight: 8, arbitrary: unit }) : unit, {
      minLength: 1,
      maxLength,
    })
    .map((parts) => parts.join('').trim())
    .filter((s) => s !== '');

/** Profile URLs in their canonical form, including non-ASCII slugs (which canonicalise to %-escapes). */
const linkedinUrl = fc
  .oneof(
    fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,28}[a-z0-9]$/),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
  )
  .map((slug) => normaliseLinkedInUrl(`https://www.linkedin.com/in/${encodeURIComponent(slug)}`))
  .filter((u): u is string => u !== undefined);

/** Other links: any web URL that is not itself a LinkedIn profile (those are routed to linkedinUrl). */
const links = fc.uniqueArray(
  fc.webUrl({ withQueryParameters: true, withFragments: true }).filter((u) => normaliseLinkedInUrl(u) === undefined),
  { maxLength: 3 },
);

/** Birthdays as ISO or year-less --MM-DD. */
const birthday = fc
  .tuple(
    fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
    fc.boolean(),
  )
  .map(([d, noYear]) => (noYear ? `--${d.toISOString().slice(5, 10)}` : d.toISOString().slice(0, 10)));

const contact: fc.Arbitrary<ContactDraftLike> = fc.record(
  {
    name: text(40, false),
    firstName: text(15, false),
    lastName: text(15, false),
    company: text(40, false),
    role: text(40, true),
    // Duplicates are dropped on import (vCards often repeat an address), so generate unique lists.
    emails: fc.uniqueArray(fc.emailAddress(), { maxLength: 3 }),
    phones: fc.uniqueArray(fc.stringMatching(/^\+?[0-9][0-9 ()-]{0,14}[0-9]$/), { maxLength: 3 }),
    linkedinUrl,
    links,
    notes: text(300, true), // long enough to force several folds
    address: text(60, true),
    birthday,
  },
  { requiredKeys: ['name', 'emails', 'phones', 'links'] },
);

const FIELDS = [
  'name',
  'company',
  'role',
  'emails',
  'phones',
  'linkedinUrl',
  'links',
  'notes',
  'address',
  'birthday',
] as const;

describe('vCard round trip', () => {
  it('writeVCards → parseVCards preserves every field', () => {
    fc.assert(
      fc.property(fc.array(contact, { minLength: 1, maxLength: 4 }), (contacts) => {
        const { drafts, problems } = parseVCards(writeVCards(contacts));
        expect(problems).toEqual([]);
        expect(drafts).toHaveLength(contacts.length);
        contacts.forEach((original, i) => {
          const parsed = drafts[i];
          for (const field of FIELDS) expect(parsed?.[field]).toEqual(original[field]);
          if (original.firstName !== undefined) expect(parsed?.firstName).toBe(original.firstName);
          if (original.lastName !== undefined) expect(parsed?.lastName).toBe(original.lastName);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('every written physical line fits in 75 octets', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.array(contact, { maxLength: 3 }), (contacts) => {
        for (const line of writeVCards(contacts).split('\r\n'))
          expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
      }),
    );
  });
});
