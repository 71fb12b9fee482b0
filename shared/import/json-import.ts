// Imports a Rapport JSON export (docs/JSON-EXPORT.md): contacts go through the same matching as other
// imports; other entities are added with their ids when the journal does not have them yet, their
// contact links pointed at the matching people. Junk fields and links to nothing are left out with a
// warning. Nothing is written until apply.
import * as Y from 'yjs';
import { z } from 'zod';
import { COLLECTIONS, collection } from '../schema/journal-doc';
import { ensureFragment, paragraphs } from '../schema/rich-text';
import { addId, readIds, replaceIds } from '../schema/id-set';
import { LINK_ONE, LINK_SETS, MIRRORS, RICH, TEXT_SETS, type OtherName } from './json-entities';
import { cleanFields, knownIds } from './json-clean';
import type { ContactDraft, ImportProblem } from './contact-draft';
import { planContactImport, type ImportPlan } from './plan-contacts';
import { applyContactImport, IMPORT_ORIGIN, type ImportResult } from './apply-contacts';
import { problem } from './problems';
import type { ImportProblemCode } from '../i18n/strings/import-problems';
import type { Params } from '../i18n/fill';

const entity = z.looseObject({ id: z.string().min(1).max(200) });
const journalJson = z.looseObject({
  schemaVersion: z.number().int().nonnegative(),
  contacts: z.array(z.looseObject({ id: z.string().min(1).max(200), name: z.string() })),
  ...Object.fromEntries(COLLECTIONS.filter((c) => c !== 'contacts').map((c) => [c, z.array(entity).optional()])),
});

export interface JsonImportPlan extends ImportPlan {
  /** Entities other than contacts that are new to this journal, and the contact id each JSON contact maps to. */
  others: Array<{ collection: OtherName; id: string; fields: Record<string, unknown> }>;
  contactIdMap: Map<string, string>;
  jsonContacts: Map<number, Record<string, unknown>>;
}

export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

/**
 * Where JSON.parse gives up, for engines whose message has no position (V8 in Node 20): the shortest
 * prefix that fails with something other than "unexpected end" ends at the offending character.
 */
export function errorOffset(source: string): number {
  const failsEarly = (k: number): boolean => {
    try {
      JSON.parse(source.slice(0, k));
      return false;
    } catch (error) {
      const message = String(error);
      const position = /position (\d+)/.exec(message);
      if (position && Number(position[1]) >= k) return false; // it only ran out of text
      return !/end of (JSON )?input|Unterminated/i.test(message);
    }
  };
  let lo = 0;
  let hi = source.length;
  if (!failsEarly(hi)) return hi;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (failsEarly(mid)) hi = mid;
    else lo = mid + 1;
  }
  return Math.max(0, lo - 1);
}

/** A plan that imports nothing and says why (a file of `format` that cannot be read). */
export function failedPlan(failure: ImportProblem, format: JsonImportPlan['format'] = 'rapport-json'): JsonImportPlan {
  return {
    format,
    source: 'manual',
    added: [],
    updated: [],
    unchanged: [],
    skipped: [],
    problems: [failure],
    others: [],
    contactIdMap: new Map(),
    jsonContacts: new Map(),
  };
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export function planJsonImport(doc: Y.Doc, source: string): JsonImportPlan {
  let raw: unknown;
  try {
    raw = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const where = lineAndColumn(source, at ? Number(at[1]) : errorOffset(source));
    return failedPlan(problem('error', where.line, 'jsonInvalid', { detail: message }, where.column));
  }
  const parsed = journalJson.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const detail = issue ? `${issue.path.join('.') || 'top level'}: ${issue.message}` : 'unknown shape';
    return failedPlan(problem('error', 1, 'jsonNotExport', { detail }));
  }
  const data = parsed.data as Record<string, unknown> & {
    contacts: Array<Record<string, unknown> & { id: string; name: string }>;
  };
  const jsonContacts = new Map<number, Record<string, unknown>>();
  const drafts: ContactDraft[] = data.contacts.map((c, i) => {
    jsonContacts.set(i + 1, c);
    return {
      name: c.name,
      company: text(c.company),
      role: text(c.role),
      location: text(c.location),
      emails: strings(c.emails),
      phones: strings(c.phones),
      linkedinUrl: text(c.linkedinUrl),
      links: strings(c.otherLinks),
      connectedOn: text(c.connectedOn),
      notes: text(c.notes),
      line: i + 1,
    };
  });
  const plan = planContactImport(doc, { drafts, problems: [], format: 'rapport-json' }, 'manual');
  const contactIdMap = new Map<string, string>();
  for (const u of [...plan.updated, ...plan.unchanged]) {
    const original = jsonContacts.get(u.line);
    if (original && typeof original.id === 'string') contactIdMap.set(original.id, u.contactId);
  }
  const known = knownIds(doc, data, plan, jsonContacts);
  const others: JsonImportPlan['others'] = [];
  for (const name of COLLECTIONS) {
    if (name === 'contacts') continue;
    const list = (data[name] as Array<Record<string, unknown> & { id: string }> | undefined) ?? [];
    const seen = new Set<string>();
    for (const item of list) {
      const warn = (code: ImportProblemCode, params: Params): void =>
        void plan.problems.push(problem('warning', lineOfId(source, item.id), code, params));
      if (seen.has(item.id)) warn('jsonDuplicateId', { entity: name.replace(/s$/, ''), id: item.id });
      if (seen.has(item.id) || collection(doc, name).has(item.id)) continue;
      seen.add(item.id);
      const fields = cleanFields(name, item, known, warn);
      others.push({ collection: name, id: item.id, fields });
    }
  }
  return { ...plan, others, contactIdMap, jsonContacts };
}

/** The line of the file where an entity starts (where its id is), for the preview's warnings. */
function lineOfId(source: string, id: string): number {
  const at = new RegExp(`"id"\\s*:\\s*${JSON.stringify(id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(source);
  return at ? lineAndColumn(source, at.index).line : 1;
}

function setFields(
  name: OtherName,
  map: Y.Map<unknown>,
  fields: Record<string, unknown>,
  remap: (id: string) => string,
): void {
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'id') continue;
    const target = LINK_SETS[key] ?? LINK_ONE[key];
    if (RICH[name].includes(key)) {
      const fragment = ensureFragment(map, key);
      if (value !== '') fragment.insert(0, paragraphs(value as string));
    } else if (key in LINK_SETS) {
      replaceIds(map, key, (value as string[]).map(target === 'contacts' ? remap : (id) => id));
    } else if (TEXT_SETS.has(key)) {
      replaceIds(map, key, value as string[]);
    } else {
      map.set(key, target === 'contacts' ? remap(value as string) : value);
    }
  }
  for (const key of RICH[name]) ensureFragment(map, key);
}

export function applyJsonImport(doc: Y.Doc, plan: JsonImportPlan, now: Date = new Date()): ImportResult {
  let result: ImportResult = { addedIds: [], updatedIds: [] };
  doc.transact(() => {
    result = applyContactImport(doc, plan, now, IMPORT_ORIGIN);
    // New contacts got fresh ids; map the file's ids onto them, in order.
    plan.added.forEach((draft, i) => {
      const original = plan.jsonContacts.get(draft.line);
      const newId = result.addedIds[i];
      if (original && typeof original.id === 'string' && newId) plan.contactIdMap.set(original.id, newId);
    });
    const remap = (id: string): string => plan.contactIdMap.get(id) ?? id;
    for (const other of plan.others) {
      const map = new Y.Map<unknown>();
      collection(doc, other.collection).set(other.id, map);
      setFields(other.collection, map, other.fields, remap);
    }
    // Links are two-sided (the people a goal lists get it listed back, a goal's events list it…); mirrored
    // once everything is in, so partners later in the file are found too.
    for (const other of plan.others) {
      const map = collection(doc, other.collection).get(other.id)!;
      for (const { field, partner, back } of MIRRORS[other.collection] ?? []) {
        for (const partnerId of readIds(map, field)) {
          const partnerMap = collection(doc, partner).get(partnerId);
          if (partnerMap instanceof Y.Map) addId(partnerMap, back, other.id);
        }
      }
    }
  }, IMPORT_ORIGIN);
  return result;
}
