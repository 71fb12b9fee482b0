// Writes contacts as vCard 4.0 (RFC 6350) so people can take their data to any address book.
// Output is CRLF, escaped, and folded at 75 UTF-8 octets without splitting a character.
import type { ContactDraftLike } from './contact-draft';
import { toVCardDate } from './dates';

const encoder = new TextEncoder();
const MAX_OCTETS = 75;

/** Escape a text value: backslash first, then the separators, then every newline style as `\n`. */
export function escapeVCardText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Fold a content line: each physical line holds at most 75 octets, continuation lines start with one
 * space (which counts toward the 75). Iterating by code point guarantees no UTF-8 sequence is split.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** N from explicit parts, else split the display name: last word is the family name. */
function nameParts(c: ContactDraftLike): [family: string, given: string] {
  if (c.firstName !== undefined || c.lastName !== undefined) return [c.lastName ?? '', c.firstName ?? ''];
  const words = c.name
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length < 2) return ['', words[0] ?? ''];
  return [words[words.length - 1] ?? '', words.slice(0, -1).join(' ')];
}

function card(c: ContactDraftLike): string[] {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${escapeVCardText(c.name)}`];
  const [family, given] = nameParts(c);
  lines.push(`N:${escapeVCardText(family)};${escapeVCardText(given)};;;`);
  if (c.company) lines.push(`ORG:${escapeVCardText(c.company)}`);
  if (c.role) lines.push(`TITLE:${escapeVCardText(c.role)}`);
  for (const email of c.emails) lines.push(`EMAIL:${escapeVCardText(email)}`);
  // TEL as free text (RFC 6350 allows it for vCard 3 compatibility); a tel: URI would need reformatting.
  for (const phone of c.phones) lines.push(`TEL;VALUE=text:${escapeVCardText(phone)}`);
  // URLs are escaped like text too: harmless for real URLs, and our parser (like Apple's) unescapes them.
  for (const url of [c.linkedinUrl, ...c.links]) if (url) lines.push(`URL:${escapeVCardText(url)}`);
  if (c.notes) lines.push(`NOTE:${escapeVCardText(c.notes)}`);
  // The whole address goes in the street component; we do not guess how to split it.
  if (c.address) lines.push(`ADR:;;${escapeVCardText(c.address)};;;;`);
  const bday = c.birthday === undefined ? undefined : toVCardDate(c.birthday);
  if (bday) lines.push(`BDAY:${bday}`);
  lines.push('END:VCARD');
  return lines;
}

/** Serialise contacts as one vCard 4.0 document (empty string for no contacts). */
export function writeVCards(contacts: readonly ContactDraftLike[]): string {
  return contacts
    .flatMap(card)
    .map((l) => `${foldLine(l)}\r\n`)
    .join('');
}
