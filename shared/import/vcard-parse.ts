// Parses vCard 2.1 / 3.0 / 4.0 files (phone exports, Outlook, Google, Apple) into contact drafts.
// Tolerant by design: every oddity becomes a problem with a line number, never an exception.
import {
  emptyDraft,
  normaliseLinkedInUrl,
  type ContactDraft,
  type ImportProblem,
  type ParseResult,
} from './contact-draft';
import { parseVCardDate } from './dates';
import { guardedParse, normaliseNewlines, problem, stripBom } from './problems';

const FORMAT = 'vcard';

interface LogicalLine {
  text: string;
  line: number;
}
interface Property {
  name: string;
  params: Map<string, string[]>;
  value: string;
  line: number;
}

const headOf = (text: string): string => text.slice(0, Math.max(0, text.indexOf(':')));
const isQuotedPrintable = (text: string): boolean =>
  /(^|;)\s*(ENCODING\s*=\s*)?QUOTED-PRINTABLE\s*(;|$)/i.test(headOf(text));
const isBase64 = (text: string): boolean => /(^|;)\s*(ENCODING\s*=\s*)?(BASE64|B)\s*(;|$)/i.test(headOf(text));

/**
 * Join physical lines into logical ones. Three continuation rules: a QUOTED-PRINTABLE value ending in
 * '=' (soft break) swallows the next line whole; a line starting with space/tab continues the previous
 * one (3.0/4.0 drop that one whitespace char, 2.1 keeps it per RFC 822 folding); and in 2.1, unindented
 * base64 lines after a BASE64 property belong to it until a blank line.
 */
function unfold(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  // Pieces of the logical line being built, joined once at the end: appending to or slicing one
  // growing string per physical line would be quadratic on a huge folded value.
  let parts: string[] = [];
  let start = 0;
  // Whether the NAME;PARAMS part is complete yet, and if so whether it declares QUOTED-PRINTABLE.
  let headDone = false;
  let qp = false;
  let is21 = false;
  let inBase64 = false;
  const finish = (): void => {
    if (parts.length === 0) return;
    const text = parts.join('');
    if (/^BEGIN\s*:\s*VCARD\s*$/i.test(text)) is21 = false;
    if (/^VERSION\s*:\s*2\.1\s*$/i.test(text)) is21 = true;
    out.push({ text, line: start });
  };
  text.split('\n').forEach((raw, i) => {
    const last = parts[parts.length - 1];
    if (last !== undefined && qp && last.endsWith('=')) {
      parts[parts.length - 1] = last.slice(0, -1);
      parts.push(raw);
    } else if (last !== undefined && (raw.startsWith(' ') || raw.startsWith('\t'))) {
      const segment = is21 ? raw : raw.slice(1);
      parts.push(segment);
      if (!headDone && segment.includes(':')) {
        headDone = true;
        qp = isQuotedPrintable(parts.join(''));
      }
    } else if (last !== undefined && inBase64 && /^[A-Za-z0-9+/=]+$/.test(raw.trim())) {
      // more base64 payload; its content is never used
    } else {
      finish();
      parts = [raw];
      start = i + 1;
      headDone = raw.includes(':');
      qp = headDone && isQuotedPrintable(raw);
      inBase64 = isBase64(raw);
    }
  });
  finish();
  return out;
}

/** Split on `sep` outside double quotes (parameter values may be quoted and contain ';' ':' ','). */
function splitOutsideQuotes(s: string, sep: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '"') quoted = !quoted;
    else if (s[i] === sep && !quoted) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

function tokenise({ text, line }: LogicalLine): Property | undefined {
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < text.length && colon === -1; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === ':' && !quoted) colon = i;
  }
  if (colon === -1) return undefined;
  const [nameWithGroup = '', ...rawParams] = splitOutsideQuotes(text.slice(0, colon), ';');
  // `item1.EMAIL`: the group only ties properties together (e.g. with X-ABLabel); we ignore it.
  const name = (nameWithGroup.split('.').pop() ?? '').trim().toUpperCase();
  const params = new Map<string, string[]>();
  for (const raw of rawParams) {
    const eq = raw.indexOf('=');
    // vCard 2.1 allows bare parameters (`;WORK;PREF`, `;QUOTED-PRINTABLE`): they are TYPE or ENCODING values.
    const bare = raw.trim().toUpperCase();
    const key =
      eq === -1
        ? /^(QUOTED-PRINTABLE|BASE64|B|8BIT|7BIT)$/.test(bare)
          ? 'ENCODING'
          : 'TYPE'
        : raw.slice(0, eq).trim().toUpperCase();
    const values = splitOutsideQuotes(eq === -1 ? raw : raw.slice(eq + 1), ',').map((v) =>
      v.trim().replace(/^"|"$/g, ''),
    );
    // Appended in place: copying the list for each repeat made a line of many `;X=1` quadratic (a hang).
    const list = params.get(key);
    if (list) for (const v of values) list.push(v);
    else params.set(key, values);
  }
  return { name, params, value: text.slice(colon + 1), line };
}

function decodeBytes(bytes: Uint8Array, charset: string | undefined): string {
  try {
    // No declared charset: try strict UTF-8 first, since that is what most modern writers emit.
    return new TextDecoder(charset?.trim() || 'utf-8', { fatal: !charset }).decode(bytes);
  } catch {
    // Unknown label or non-UTF-8 bytes: old exports are nearly always Latin-1. Decoded by hand because
    // not every runtime's TextDecoder ships legacy encodings.
    return Array.from(bytes, (b) => String.fromCharCode(b)).join('');
  }
}

function decodeQuotedPrintable(value: string, charset: string | undefined): string {
  let out = '';
  const bytes: number[] = [];
  const flush = (): void => {
    if (bytes.length > 0) out += decodeBytes(Uint8Array.from(bytes), charset);
    bytes.length = 0;
  };
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const hex = value.slice(i + 1, i + 3);
    if (code === 61 /* = */ && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (code < 0x80) bytes.push(code);
    else {
      flush(); // already-decoded text mixed in: keep it as is
      out += value[i];
    }
  }
  flush();
  return out;
}

/** Unescape `\\ \, \; \n \N`; any other escaped char stands for itself (Apple writes `\:` in URLs). */
const unescape = (s: string): string => s.replace(/\\([\s\S])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

/** Split a structured value (N, ADR, ORG) on unescaped ';', then unescape each component. */
function components(value: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '\\')
      i++; // skip the escaped char, whatever it is
    else if (value[i] === ';') {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts.map((c) => unescape(c).trim());
}

function decodedValue(prop: Property): string | undefined {
  const encoding = (prop.params.get('ENCODING')?.[0] ?? '').toUpperCase();
  if (encoding === 'B' || encoding === 'BASE64') return undefined; // binary (PHOTO, KEY…): never text
  if (encoding === 'QUOTED-PRINTABLE') {
    // QP carries raw line breaks as =0D=0A; store them as LF like every other text in the app.
    return decodeQuotedPrintable(prop.value, prop.params.get('CHARSET')?.[0]).replace(/\r\n?/g, '\n');
  }
  return prop.value;
}

interface Card {
  draft: ContactDraft;
  fn?: string;
  n?: string[];
  emails: { value: string; pref: boolean }[];
  phones: { value: string; pref: boolean }[];
  notes: string[];
}

const isPref = (p: Property): boolean =>
  p.params.has('PREF') || (p.params.get('TYPE') ?? []).some((t) => t.toUpperCase() === 'PREF');

function addLink(d: ContactDraft, raw: string): void {
  const url = raw.trim();
  if (url === '') return;
  const profile = normaliseLinkedInUrl(url);
  // The first LinkedIn profile wins; a second, different one is still kept as a plain link.
  if (profile !== undefined && (d.linkedinUrl === undefined || d.linkedinUrl === profile)) d.linkedinUrl = profile;
  else if (!d.links.includes(url)) d.links.push(url);
}

function apply(card: Card, prop: Property, problems: ImportProblem[]): void {
  const raw = decodedValue(prop);
  if (raw === undefined) return;
  const text = unescape(raw).trim();
  const d = card.draft;
  switch (prop.name) {
    case 'FN':
      if (card.fn === undefined && text !== '') card.fn = text;
      break;
    case 'N':
      card.n ??= components(raw);
      break;
    case 'ORG':
      d.company ??= components(raw)[0] || undefined;
      break;
    case 'TITLE':
      d.role ??= text || undefined;
      break;
    case 'EMAIL':
      if (text !== '') card.emails.push({ value: text.replace(/^mailto:/i, ''), pref: isPref(prop) });
      break;
    case 'TEL':
      if (text !== '') card.phones.push({ value: text.replace(/^tel:/i, ''), pref: isPref(prop) });
      break;
    case 'URL':
      addLink(d, text);
      break;
    case 'X-SOCIALPROFILE': {
      // Apple: X-SOCIALPROFILE;type=linkedin;x-user=anna:https://www.linkedin.com/in/anna (value may be a bare handle).
      const linkedIn = (prop.params.get('TYPE') ?? []).some((t) => t.toLowerCase() === 'linkedin');
      // A bare handle is only trusted when it looks like one (Apple sometimes writes `x-apple:…` values).
      const handle = prop.params.get('X-USER')?.[0] || (/^[\w.%-]+$/.test(text) ? text : undefined);
      if (/^https?:\/\//i.test(text) || normaliseLinkedInUrl(text)) addLink(d, text);
      else if (linkedIn && handle) addLink(d, `https://www.linkedin.com/in/${handle}`);
      break;
    }
    case 'NOTE':
      if (text !== '') card.notes.push(text);
      break;
    case 'ADR':
      d.address ??=
        components(raw)
          .filter((c) => c !== '')
          .join(', ') || undefined;
      break;
    case 'BDAY': {
      if (text === '' || d.birthday !== undefined) break;
      let date = parseVCardDate(text);
      // Apple marks year-less birthdays with a placeholder year named in X-APPLE-OMIT-YEAR.
      const omit = prop.params.get('X-APPLE-OMIT-YEAR')?.[0];
      if (date && omit && date.startsWith(`${omit}-`)) date = `--${date.slice(5)}`;
      if (date) d.birthday = date;
      else problems.push(problem('warning', prop.line, 'vcardBadBirthday', { line: prop.line, value: text }));
      break;
    }
    default:
      break; // unknown and unmapped properties (PHOTO, REV, X-…) are skipped
  }
}

/** Preferred values first (stable otherwise), exact duplicates dropped. */
function ordered(values: { value: string; pref: boolean }[]): string[] {
  const sorted = [...values.filter((v) => v.pref), ...values.filter((v) => !v.pref)].map((v) => v.value);
  return [...new Set(sorted)];
}

function finish(card: Card, problems: ImportProblem[]): ContactDraft | undefined {
  const d = card.draft;
  const [family = '', given = '', additional = '', prefix = '', suffix = ''] = card.n ?? [];
  const fromN =
    [given, additional, family].filter((p) => p !== '').join(' ') || [prefix, suffix].filter((p) => p !== '').join(' ');
  d.name = card.fn ?? fromN;
  if (d.name === '') {
    problems.push(problem('warning', d.line, 'vcardNoName', { line: d.line }));
    return undefined;
  }
  if (given !== '') d.firstName = given;
  if (family !== '') d.lastName = family;
  d.emails = ordered(card.emails);
  d.phones = ordered(card.phones);
  if (card.notes.length > 0) d.notes = card.notes.join('\n\n');
  // Drop keys the `??=` assignments left explicitly undefined, so drafts compare cleanly.
  for (const key of ['company', 'role', 'address'] as const) if (d[key] === undefined) delete d[key];
  return d;
}

/** A card without its END may have lost any of its lines: the whole file is refused rather than half-read. */
function parse(input: string): ParseResult {
  const drafts: ContactDraft[] = [];
  const problems: ImportProblem[] = [];
  const outside: ImportProblem[] = [];
  let card: Card | undefined;
  let sawCard = false;
  let outsideRun = false;
  const close = (): void => {
    const draft = card && finish(card, problems);
    if (draft) drafts.push(draft);
    card = undefined;
  };
  for (const logical of unfold(normaliseNewlines(stripBom(input)))) {
    const { text, line } = logical;
    if (text.trim() === '') continue;
    const prop = tokenise(logical);
    const keyword = prop && prop.value.trim().toUpperCase() === 'VCARD' ? prop.name : undefined;
    if (keyword === 'BEGIN') {
      if (card)
        problems.push(problem('error', card.draft.line, 'vcardNoEndBeforeNext', { line: card.draft.line, next: line }));
      close();
      card = { draft: emptyDraft(line), emails: [], phones: [], notes: [] };
      sawCard = true;
      outsideRun = false;
    } else if (keyword === 'END') {
      if (card) close();
      else problems.push(problem('warning', line, 'vcardStrayEnd', { line }));
    } else if (!card) {
      // One warning per stretch of stray text, not one per line.
      if (!outsideRun) outside.push(problem('warning', line, 'vcardOutside', { line }));
      outsideRun = true;
    } else if (!prop || !/^[A-Z0-9-]+$/.test(prop.name)) {
      problems.push(problem('warning', line, 'vcardNotProperty', { line }));
    } else apply(card, prop, problems);
  }
  if (card) problems.push(problem('error', card.draft.line, 'vcardCutOff', { line: card.draft.line }));
  close();
  // A file with no card at all is almost certainly the wrong file: say that once, not per stray line.
  if (!sawCard) return { drafts: [], problems: [problem('error', 1, 'vcardNone')], format: FORMAT };
  return { drafts, problems: [...problems, ...outside], format: FORMAT };
}

/** Parse one or more vCards (2.1, 3.0, 4.0). Never throws; problems carry physical line numbers. */
export function parseVCards(text: string): ParseResult {
  return guardedParse(FORMAT, text, parse);
}
