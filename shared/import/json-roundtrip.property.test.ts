// Property: a journal exported to JSON and imported into an empty journal has the same contacts, and the same
// events and reflections, linked to the same people (whatever ids the people got).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import {
  contactNotes,
  createContact,
  createEvent,
  createReflection,
  eventNotes,
  listContacts,
  listEvents,
  listReflections,
  migrate,
  paragraphs,
  plainText,
  reflectionBody,
  recordAftermath,
} from '../schema';
import { exportJournalJson } from '../export/json-export';
import { exportMarkdown } from '../export/markdown-export';
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
const day = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const energy = fc.constantFrom(1, 2, 3, 4, 5) as fc.Arbitrary<1 | 2 | 3 | 4 | 5>;
/** Events and reflections, their people given as indexes into the contact list. */
const event = fc.record({
  title: text,
  date: fc.option(day, { nil: undefined }),
  time: fc.option(fc.constantFrom('08:00', '18:30', '23:59'), { nil: undefined }),
  openers: fc.array(text, { maxLength: 3 }),
  meetNames: fc.uniqueArray(text, { maxLength: 2 }),
  meet: fc.array(fc.nat(7), { maxLength: 2 }),
  energyPlanned: fc.option(energy, { nil: undefined }),
  met: fc.option(fc.record({ energy, people: fc.uniqueArray(fc.nat(7), { maxLength: 2 }) }), { nil: undefined }),
  notes: fc.array(text, { maxLength: 3 }),
});
const reflection = fc.record({
  date: day,
  title: fc.option(text, { nil: undefined }),
  energy: fc.option(energy, { nil: undefined }),
  people: fc.array(fc.nat(7), { maxLength: 3 }),
  events: fc.array(fc.nat(3), { maxLength: 2 }),
  body: fc.array(fc.oneof(text, fc.constant('')), { maxLength: 4 }),
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

/** Events and reflections with ids replaced by what they point at (a person's name), so journals compare. */
function practice(doc: Y.Doc) {
  const names = new Map(listContacts(doc).map((c) => [c.id, c.name]));
  const people = (ids: string[]) => ids.map((id) => names.get(id) ?? `missing ${id}`).sort();
  return {
    events: listEvents(doc).map((e) => ({
      ...e,
      meetContactIds: people(e.meetContactIds),
      metContactIds: people(e.metContactIds),
      notes: plainText(eventNotes(doc, e.id)),
    })),
    reflections: listReflections(doc).map((r) => ({
      ...r,
      contactIds: people(r.contactIds),
      body: plainText(reflectionBody(doc, r.id)),
    })),
  };
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

  it('round-trips events and reflections, their links pointing at the imported people', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(contact, { minLength: 1, maxLength: 8, selector: key }),
        fc.array(event, { maxLength: 4 }),
        fc.array(reflection, { maxLength: 4 }),
        (people, events, reflections) => {
          const source = new Y.Doc();
          migrate(source);
          const ids = people.map((c) => createContact(source, { name: c.name, company: c.company }));
          const pick = (indexes: number[]) => [...new Set(indexes.map((i) => ids[i % ids.length]!))];
          const eventIds = events.map((e, n) => {
            const id = createEvent(
              source,
              { ...e, meetContactIds: pick(e.meet) },
              new Date(Date.UTC(2026, 0, 1, 0, n)),
            );
            if (e.notes.length > 0) eventNotes(source, id).insert(0, paragraphs(e.notes.join('\n')));
            if (e.met)
              recordAftermath(source, id, {
                energySpent: e.met.energy,
                met: pick(e.met.people).map((contactId) => ({ contactId })),
              });
            return id;
          });
          for (const [n, r] of reflections.entries()) {
            const linked = eventIds.length > 0 ? [...new Set(r.events.map((i) => eventIds[i % eventIds.length]!))] : [];
            createReflection(
              source,
              { ...r, contactIds: pick(r.people), eventIds: linked },
              new Date(Date.UTC(2026, 0, 2, 0, n)),
              r.body.length > 0 ? () => paragraphs(r.body.join('\n')) : undefined,
            );
          }
          const target = new Y.Doc();
          migrate(target);
          const plan = planJsonImport(target, JSON.stringify(exportJournalJson(source)));
          expect(plan.problems).toEqual([]);
          applyJsonImport(target, plan);
          expect(practice(target)).toEqual(practice(source));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('takes any junk in events and reflections without throwing, and leaves a journal every reader can read', () => {
    const keys = [
      'title',
      'date',
      'time',
      'openers',
      'meetNames',
      'meetContactIds',
      'metContactIds',
      'goalIds',
      'eventIds',
      'contactIds',
      'circleId',
      'eventId',
      'energyPlanned',
      'energySpent',
      'energy',
      'energyCost',
      'kind',
      'body',
      'notes',
      'tags',
      'recordedAt',
      'deletedAt',
      'contactIds:x',
      '__proto__',
    ];
    const junkEntity = fc.record({
      id: fc.oneof(fc.constantFrom('a', 'b', 'c1'), fc.string({ minLength: 1, maxLength: 8 })),
      fields: fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 8 }),
    });
    const list = fc.array(junkEntity, { maxLength: 4 }).map((l) => l.map((e) => ({ ...e.fields, id: e.id })));
    fc.assert(
      fc.property(list, list, list, (events, reflections, interactions) => {
        const target = new Y.Doc();
        migrate(target);
        const contacts = [{ id: 'c1', name: 'Ada' }];
        const source = JSON.stringify({ schemaVersion: 1, contacts, events, reflections, interactions });
        const plan = planJsonImport(target, source);
        expect(plan.problems.every((p) => p.severity === 'warning')).toBe(true);
        applyJsonImport(target, plan);
        expect(() => [listEvents(target), listReflections(target), exportMarkdown(target)]).not.toThrow();
        for (const event of listEvents(target)) expect(event.openers.every((o) => typeof o === 'string')).toBe(true);
        expect(JSON.parse(JSON.stringify(exportJournalJson(target)))).toBeTruthy();
      }),
      { numRuns: 200 },
    );
  });

  it('reports malformed JSON with its line and column, and plans nothing', () => {
    const plan = planJsonImport(new Y.Doc(), '{\n  "schemaVersion": 1,\n  "contacts": [ oops ]\n}');
    expect(plan.problems[0]).toMatchObject({ severity: 'error', line: 3 });
    expect(plan.added).toEqual([]);
    expect(planJsonImport(new Y.Doc(), '{"contacts": 5}').problems[0]?.message).toContain('Not a Rapport JSON export');
  });
});
