// Property: a journal exported to JSON and imported into an empty journal has the same contacts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { contactNotes, createContact, migrate, paragraphs } from '../schema';
import { exportJournalJson } from '../export/json-export';
import { applyJsonImport, planJsonImport } from './json-import';

const text = fc
  .string({ minLength: 1, maxLength: 40 })
  .map((s) => s.replace(/\s+/g, ' ').trim())
  .filter((s) => s !== '');
const contact = fc.record({
  name: text,
  company: fc.option(text, { nil: undefined }),
  role: fc.option(text, { nil: undefined }),
  emails: fc.array(fc.emailAddress(), { maxLength: 3 }),
  phones: fc.array(fc.stringMatching(/^\+?[0-9 ]{5,15}$/), { maxLength: 2 }),
  linkedinUrl: fc.option(
    fc.stringMatching(/^[a-z][a-z0-9-]{2,20}$/).map((slug) => `https://www.linkedin.com/in/${slug}`),
    { nil: undefined },
  ),
  connectedOn: fc.option(
    fc
      .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    { nil: undefined },
  ),
  notes: fc.array(text, { maxLength: 3 }),
});
const key = (c: { name: string; company?: string; linkedinUrl?: string }): string =>
  `${c.name.toLowerCase()}|${(c.company ?? '').toLowerCase()}`;

function comparable(doc: Y.Doc) {
  return exportJournalJson(doc)
    .contacts.map((c) => ({
      name: c.name,
      company: c.company,
      role: c.role,
      emails: c.emails,
      phones: c.phones,
      linkedinUrl: c.linkedinUrl,
      connectedOn: c.connectedOn,
      notes: c.notes,
    }))
    .sort((a, b) => String(a.name).localeCompare(String(b.name)) || String(a.company).localeCompare(String(b.company)));
}

describe('JSON export → import', () => {
  it('round-trips contacts into an empty journal', () => {
    fc.assert(
      fc.property(
        fc
          .uniqueArray(contact, { maxLength: 8, selector: key })
          .filter(
            (list) =>
              new Set(list.map((c) => c.linkedinUrl).filter(Boolean)).size === list.filter((c) => c.linkedinUrl).length,
          ),
        (list) => {
          const source = new Y.Doc();
          migrate(source);
          for (const c of list) {
            const id = createContact(source, {
              ...c,
              emails: [...new Set(c.emails.map((e) => e.toLowerCase()))],
              phones: [...new Set(c.phones)],
            });
            if (c.notes.length > 0) contactNotes(source, id).insert(0, paragraphs(c.notes.join('\n')));
          }
          const target = new Y.Doc();
          migrate(target);
          const plan = planJsonImport(target, JSON.stringify(exportJournalJson(source)));
          expect(plan.problems).toEqual([]);
          applyJsonImport(target, plan);
          expect(comparable(target)).toEqual(comparable(source));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reports malformed JSON with its line and column, and plans nothing', () => {
    const plan = planJsonImport(new Y.Doc(), '{\n  "schemaVersion": 1,\n  "contacts": [ oops ]\n}');
    expect(plan.problems[0]).toMatchObject({ severity: 'error', line: 3 });
    expect(plan.added).toEqual([]);
    expect(planJsonImport(new Y.Doc(), '{"contacts": 5}').problems[0]?.message).toContain('Not a Rapport JSON export');
  });
});
