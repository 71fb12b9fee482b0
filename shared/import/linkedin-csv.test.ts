// Example-driven tests for the LinkedIn Connections.csv importer, using hand-made ugly fixtures.
// Tests may read fixtures with node:fs; only the parsers themselves must stay runtime-neutral.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLinkedInCsv } from './linkedin-csv';
import { MAX_IMPORT_CHARS } from './problems';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
// Force the line-ending style under test, whatever git did to the fixture on checkout.
const crlf = (s: string): string => s.replace(/\r?\n/g, '\r\n');
const lf = (s: string): string => s.replace(/\r\n/g, '\n');

describe('parseLinkedInCsv: BOM, full preamble, CRLF and ugly rows', () => {
  const text = crlf(fixture('linkedin-bom-preamble-crlf.csv'));
  const result = parseLinkedInCsv(text);
  const byLine = new Map(result.drafts.map((d) => [d.line, d]));

  it('really is the ugly input it claims to be', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
  });

  it('imports every named row at its physical start line', () => {
    expect(result.format).toBe('linkedin-csv');
    expect(result.drafts.map((d) => d.line)).toEqual([7, 8, 9, 12, 14, 15, 16, 17, 19, 20]);
  });

  it('maps a plain row, leaving an empty email out', () => {
    expect(byLine.get(7)).toEqual({
      name: 'Maria Lindqvist',
      firstName: 'Maria',
      lastName: 'Lindqvist',
      company: 'Nordlys AB',
      role: 'Head of Product',
      emails: [],
      phones: [],
      links: [],
      linkedinUrl: 'https://www.linkedin.com/in/maria-lindqvist-3f9a21b',
      connectedOn: '2024-03-14',
      line: 7,
    });
  });

  it('normalises the URL and keeps a quoted comma in Company', () => {
    const jonas = byLine.get(8);
    expect(jonas?.linkedinUrl).toBe('https://www.linkedin.com/in/jonasberg');
    expect(jonas?.company).toBe('Berg & Partners, Consulting');
    expect(jonas?.emails).toEqual(['jonas.berg@example.com']);
    expect(jonas?.connectedOn).toBe('2023-11-02');
  });

  it('handles doubled quotes and line breaks inside a quoted Position', () => {
    const kim = byLine.get(9);
    expect(kim?.name).toBe('Kim "KJ" O\'Neill');
    expect(kim?.company).toBe('Acme "Rockets", Inc.');
    expect(kim?.role).toBe('Director,\nPlatform &\nReliability');
    expect(kim?.connectedOn).toBe('2024-03-07');
  });

  it('keeps non-Latin names, emoji and all date styles', () => {
    expect(byLine.get(14)).toMatchObject({ name: 'Åsa Öhman', company: 'Fjällsoft', connectedOn: '2025-01-21' });
    expect(byLine.get(14)?.linkedinUrl).toBe('https://www.linkedin.com/in/%C3%A5sa-%C3%B6hman-a1b2c3');
    expect(byLine.get(15)).toMatchObject({
      name: '伟 张',
      company: '字节跳动',
      role: '产品经理',
      connectedOn: '2022-08-05',
    });
    expect(byLine.get(16)).toMatchObject({
      name: 'ليلى العلي',
      emails: ['layla@example.org'],
      connectedOn: '2022-02-07',
    });
    expect(byLine.get(17)).toMatchObject({
      name: 'Sam 🚀 Rivera',
      company: 'Launch 🚀 Labs',
      connectedOn: '2024-03-12',
    });
  });

  it('reports each problem at its exact physical line, after the multi-line field', () => {
    const summary = result.problems.map((p) => [p.line, p.severity, p.message]);
    expect(summary).toEqual([
      [12, 'warning', 'Line 12: could not read Connected On date "sometime last spring"; left empty.'],
      [18, 'warning', 'Line 18 has neither First Name nor Last Name; row skipped.'],
      [19, 'warning', 'Line 19 has 8 fields, expected 7; extra fields ignored.'],
      [19, 'warning', 'Line 19: could not read Connected On date "CEO"; left empty.'],
      [20, 'warning', 'Line 20 has 3 fields, expected 7; missing fields left empty.'],
    ]);
    expect(byLine.get(12)?.connectedOn).toBeUndefined();
    expect(byLine.get(20)?.name).toBe('Short Row');
  });

  it('gives the same lines with LF endings and without the BOM', () => {
    const plain = parseLinkedInCsv(lf(text).slice(1));
    expect(plain.drafts.map((d) => d.line)).toEqual(result.drafts.map((d) => d.line));
    expect(plain.problems).toEqual(result.problems);
  });
});

describe('parseLinkedInCsv: other layouts', () => {
  it('reads a file with no preamble, trailing slash URL and a quoted date', () => {
    const { drafts, problems } = parseLinkedInCsv(fixture('linkedin-no-preamble.csv'));
    expect(problems).toEqual([]);
    expect(drafts.map((d) => [d.line, d.name, d.linkedinUrl, d.connectedOn])).toEqual([
      [2, 'Anna Lindqvist', 'https://www.linkedin.com/in/anna-lindqvist-8a1b2c3', '2024-03-12'],
      [3, 'Ömer Çelik', 'https://www.linkedin.com/in/omercelik', '2024-03-12'],
    ]);
    expect(drafts[1]?.company).toBeUndefined();
  });

  it('reads an old export without a URL column and a missing last name', () => {
    const { drafts, problems } = parseLinkedInCsv(fixture('linkedin-old-no-url.csv'));
    expect(problems).toEqual([]);
    expect(drafts).toEqual([
      {
        name: 'Per Holm',
        firstName: 'Per',
        lastName: 'Holm',
        emails: ['per.holm@example.se'],
        phones: [],
        links: [],
        company: 'Kvarnen Data',
        role: 'Analyst',
        connectedOn: '2019-06-03',
        line: 5,
      },
      {
        name: 'Eva',
        firstName: 'Eva',
        emails: [],
        phones: [],
        links: [],
        company: 'Solo Konsult',
        role: 'Owner',
        connectedOn: '2018-11-30',
        line: 6,
      },
    ]);
  });

  it('reads names+dates only, including 7-Feb-22, and rejects 29 Feb in a common year', () => {
    const { drafts, problems } = parseLinkedInCsv(fixture('linkedin-names-dates.csv'));
    expect(drafts.map((d) => [d.name, d.connectedOn])).toEqual([
      ['Lars Ek', '2022-02-07'],
      ['Mia Berg', undefined],
      ['Tove Ahl', '2024-02-29'],
    ]);
    expect(problems).toEqual([
      {
        line: 3,
        severity: 'warning',
        message: 'Line 3: could not read Connected On date "29-Feb-23"; left empty.',
        code: 'csvBadDate',
        params: { line: 3, value: '29-Feb-23' },
      },
    ]);
  });

  it('reports an unterminated quote as an error at the quote, keeping earlier rows', () => {
    const text = fixture('linkedin-unterminated.csv');
    const { drafts, problems } = parseLinkedInCsv(text);
    expect(drafts.map((d) => d.name)).toEqual(['Ok Person']);
    const line3 = lf(text).split('\n')[2] ?? '';
    expect(problems).toEqual([
      {
        line: 3,
        column: line3.indexOf('"') + 1,
        severity: 'error',
        message: 'Unterminated quote starting on line 3; the rest of the file was read as one field and skipped.',
        code: 'csvUnterminatedQuote',
        params: { line: 3 },
      },
    ]);
  });

  it('finds the header even when a broken preamble quote would swallow it', () => {
    const text = 'Notes:\n"An unbalanced disclaimer\n\nFirst Name,Last Name,Connected On\nIda,Ek,01 Jan 2024\n';
    const { drafts, problems } = parseLinkedInCsv(text);
    expect(drafts).toMatchObject([{ name: 'Ida Ek', line: 5, connectedOn: '2024-01-01' }]);
    expect(problems).toEqual([]);
  });

  it('accepts a quoted, oddly-cased header and ignores unknown columns', () => {
    const { drafts } = parseLinkedInCsv('" first name ","LAST NAME",Shoe Size\r\nBo,Ek,44\r\n');
    expect(drafts).toEqual([
      { name: 'Bo Ek', firstName: 'Bo', lastName: 'Ek', emails: [], phones: [], links: [], line: 2 },
    ]);
  });

  it('tolerates a trailing comma on the header and odd header cells', () => {
    const { drafts, problems } = parseLinkedInCsv('constructor,__proto__,First Name,Last Name,\nx,y,Bo,Ek\n');
    expect(problems).toEqual([]);
    expect(drafts).toEqual([
      { name: 'Bo Ek', firstName: 'Bo', lastName: 'Ek', emails: [], phones: [], links: [], line: 2 },
    ]);
  });

  it('warns about malformed quotes, which can merge the next line, and keeps counting lines', () => {
    const { drafts, problems } = parseLinkedInCsv(
      'First Name,Last Name,Company\nBo,Ek,"Acme" Inc\nAl,Berg,"Beta"\nCy,Dahl,Gamma\n',
    );
    expect(drafts.map((d) => [d.line, d.name, d.company])).toEqual([
      [2, 'Bo Ek', 'Acme" Inc\nAl,Berg,"Beta'],
      [4, 'Cy Dahl', 'Gamma'],
    ]);
    expect(problems).toEqual([
      {
        line: 2,
        severity: 'warning',
        message: 'Malformed quotes on line 2; fields may be merged.',
        code: 'csvMalformedQuotes',
        params: { line: 2 },
      },
    ]);
  });

  it('keeps a non-profile URL as a link, with a warning', () => {
    const { drafts, problems } = parseLinkedInCsv('First Name,Last Name,URL\nBo,Ek,https://example.com/bo\n');
    expect(drafts[0]?.links).toEqual(['https://example.com/bo']);
    expect(drafts[0]?.linkedinUrl).toBeUndefined();
    expect(problems).toMatchObject([{ line: 2, severity: 'warning' }]);
  });
});

describe('parseLinkedInCsv: refusals', () => {
  it('names the missing header', () => {
    for (const text of ['', 'Name,Email\nBo,bo@example.com\n', '\uFEFF', 'Notes:\n"only a preamble"\n']) {
      expect(parseLinkedInCsv(text)).toEqual({
        drafts: [],
        format: 'linkedin-csv',
        problems: [
          {
            line: 1,
            severity: 'error',
            message: 'No LinkedIn header row found: expected a line starting First Name,Last Name,…',
            code: 'csvNoHeader',
          },
        ],
      });
    }
  });

  it('refuses input over 50 MB without parsing it', () => {
    const huge = 'First Name,Last Name\n' + 'x'.repeat(MAX_IMPORT_CHARS);
    const result = parseLinkedInCsv(huge);
    expect(result.drafts).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ severity: 'error', line: 1 });
    expect(result.problems[0]?.message).toMatch(/too large/);
  });
});
