// Parses LinkedIn's Connections.csv export into contact drafts. The file has a variable preamble,
// several historical column layouts and real-world quoting, so columns are mapped by header name.
import Papa from 'papaparse';
import {
  emptyDraft,
  normaliseLinkedInUrl,
  type ContactDraft,
  type ImportProblem,
  type ParseResult,
} from './contact-draft';
import { parseLooseDate } from './dates';
import { guardedParse, lineAt, lineStarts, normaliseNewlines, problem, stripBom } from './problems';

const FORMAT = 'linkedin-csv';

type Field = 'first' | 'last' | 'url' | 'email' | 'company' | 'role' | 'connectedOn' | 'location';

// Header spellings seen across export generations; anything else is ignored. A Map, not an object
// literal, so a header cell like "constructor" cannot hit Object.prototype.
const HEADER_FIELDS = new Map<string, Field>([
  ['first name', 'first'],
  ['last name', 'last'],
  ['url', 'url'],
  ['profile url', 'url'],
  ['email address', 'email'],
  ['email', 'email'],
  ['company', 'company'],
  ['position', 'role'],
  ['title', 'role'],
  ['connected on', 'connectedOn'],
  ['location', 'location'],
]);

interface Row {
  cells: string[];
  line: number; // physical line where the record starts
  errors: Papa.ParseError[];
  offset: number;
}

const cleanCell = (cell: string): string => cell.replace(/^\uFEFF/, '').trim();
const headerKey = (cell: string): string => cleanCell(cell).toLowerCase().replace(/\s+/g, ' ');
const isHeader = (cells: string[]): boolean => {
  const keys = cells.map(headerKey);
  return keys.includes('first name') && keys.includes('last name');
};

/**
 * Papaparse in step mode gives each record's end offset (`meta.cursor`); the previous cursor is where
 * a record starts, which maps to a physical line even when quoted fields span lines.
 */
function readRows(text: string, from: number, starts: number[]): Row[] {
  const rows: Row[] = [];
  let offset = from;
  Papa.parse<string[]>(text.slice(from), {
    delimiter: ',',
    newline: '\n', // input is LF-normalised, so auto-detection cannot be fooled by a stray CR
    quoteChar: '"',
    step: (result) => {
      const cells = Array.isArray(result.data) ? result.data.map((c) => String(c)) : [];
      // Error indices are relative to the parsed slice; make them absolute like everything else.
      const errors = result.errors.map((e) => (e.index === undefined ? e : { ...e, index: from + e.index }));
      rows.push({ cells, line: lineAt(starts, offset), errors, offset });
      offset = from + result.meta.cursor;
    },
  });
  return rows;
}

/** Fallback when the preamble's quoting swallowed the header: the first physical line that looks like it. */
function findHeaderLine(text: string, starts: number[]): number | undefined {
  for (const start of starts) {
    const end = text.indexOf('\n', start);
    const lineText = text.slice(start, end === -1 ? undefined : end);
    if (/^\s*"?\s*first name\s*"?\s*,/i.test(lineText.replace(/^\uFEFF/, '')) && /last name/i.test(lineText)) {
      return start;
    }
  }
  return undefined;
}

function quoteProblems(row: Row, text: string, starts: number[]): { problems: ImportProblem[]; fatal: boolean } {
  const problems: ImportProblem[] = [];
  let fatal = false;
  const seen = new Set<string>(); // papaparse repeats some errors for one row
  for (const e of row.errors) {
    if (seen.has(e.code)) continue;
    seen.add(e.code);
    if (e.code === 'MissingQuotes') {
      // papaparse's index points at or just past the opening quote; find the quote itself, within the row.
      const found = text.lastIndexOf('"', e.index ?? row.offset);
      const quoteAt = found >= row.offset ? found : row.offset;
      const line = lineAt(starts, quoteAt);
      const column = quoteAt - (starts[line - 1] ?? 0) + 1;
      problems.push(problem('error', line, 'csvUnterminatedQuote', { line }, column));
      fatal = true;
    } else if (e.code === 'InvalidQuotes') {
      problems.push(problem('warning', row.line, 'csvMalformedQuotes', { line: row.line }));
    }
  }
  return { problems, fatal };
}

function parse(input: string): ParseResult {
  const text = normaliseNewlines(stripBom(input));
  const starts = lineStarts(text);
  const problems: ImportProblem[] = [];
  let rows = readRows(text, 0, starts);
  let headerIndex = rows.findIndex((r) => isHeader(r.cells));
  if (headerIndex === -1) {
    const from = findHeaderLine(text, starts);
    if (from !== undefined) {
      rows = readRows(text, from, starts);
      headerIndex = rows.findIndex((r) => isHeader(r.cells));
    }
  }
  const header = rows[headerIndex];
  if (header === undefined) {
    problems.push(problem('error', 1, 'csvNoHeader'));
    return { drafts: [], problems, format: FORMAT };
  }
  const columns = header.cells.map((c) => HEADER_FIELDS.get(headerKey(c)));
  // A trailing comma on the header (spreadsheet re-saves) must not make every row look one field short.
  while (
    columns.length > 0 &&
    columns[columns.length - 1] === undefined &&
    headerKey(header.cells[columns.length - 1] ?? '') === ''
  ) {
    columns.pop();
  }
  const drafts: ContactDraft[] = [];
  for (const row of rows.slice(headerIndex + 1)) {
    const quotes = quoteProblems(row, text, starts);
    problems.push(...quotes.problems);
    if (quotes.fatal) continue;
    // Blank lines and rows of only commas are padding LinkedIn and spreadsheets add: skip silently.
    if (row.cells.every((c) => cleanCell(c) === '')) continue;
    const draft = toDraft(row, columns, problems);
    if (draft) drafts.push(draft);
  }
  return { drafts, problems, format: FORMAT };
}

function toDraft(row: Row, columns: (Field | undefined)[], problems: ImportProblem[]): ContactDraft | undefined {
  const { cells, line } = row;
  if (cells.length < columns.length) {
    problems.push(
      problem('warning', line, 'csvMissingFields', { line, found: cells.length, expected: columns.length }),
    );
  } else if (cells.slice(columns.length).some((c) => cleanCell(c) !== '')) {
    // Extra empty cells (a trailing comma) are harmless; extra content usually means an unquoted comma.
    problems.push(problem('warning', line, 'csvExtraFields', { line, found: cells.length, expected: columns.length }));
  }
  const value: Partial<Record<Field, string>> = {};
  columns.forEach((field, i) => {
    const cell = cleanCell(cells[i] ?? '');
    if (field && cell !== '' && value[field] === undefined) value[field] = cell;
  });
  const name = [value.first, value.last].filter((p) => p !== undefined).join(' ');
  if (name === '') {
    problems.push(problem('warning', line, 'csvNoName', { line }));
    return undefined;
  }
  const draft = emptyDraft(line);
  draft.name = name;
  if (value.first !== undefined) draft.firstName = value.first;
  if (value.last !== undefined) draft.lastName = value.last;
  if (value.company !== undefined) draft.company = value.company;
  if (value.role !== undefined) draft.role = value.role;
  if (value.location !== undefined) draft.location = value.location;
  if (value.email !== undefined) draft.emails.push(value.email);
  if (value.url !== undefined) {
    const url = normaliseLinkedInUrl(value.url);
    if (url !== undefined) draft.linkedinUrl = url;
    else {
      draft.links.push(value.url);
      problems.push(problem('warning', line, 'csvNotLinkedIn', { line, url: value.url }));
    }
  }
  if (value.connectedOn !== undefined) {
    const date = parseLooseDate(value.connectedOn);
    if (date !== undefined) draft.connectedOn = date;
    else problems.push(problem('warning', line, 'csvBadDate', { line, value: value.connectedOn }));
  }
  return draft;
}

/** Parse a LinkedIn Connections.csv export. Never throws; every problem carries its physical line. */
export function parseLinkedInCsv(text: string): ParseResult {
  return guardedParse(FORMAT, text, parse);
}
