// Imports a Rapport JSON export (docs/JSON-EXPORT.md): contacts go through the same matching as other
// imports; other entities are added with their ids when the journal does not have them yet, their
// contact links pointed at the matching people. Nothing is written until apply.
import * as Y from 'yjs';
import { z } from 'zod';
import { COLLECTIONS, collection, type CollectionName } from '../schema/journal-doc';
import { ensureFragment, paragraphs } from '../schema/rich-text';
import { addId, readIds, replaceIds } from '../schema/id-set';
import type { ContactDraft, ImportProblem } from './contact-draft';
import { planContactImport, type ImportPlan } from './plan-contacts';
import { applyContactImport, IMPORT_ORIGIN, type ImportResult } from './apply-contacts';

const entity = z.looseObject({ id: z.string().min(1).max(200) });
const journalJson = z.looseObject({
  schemaVersion: z.number().int().nonnegative(),
  contacts: z.array(z.looseObject({ id: z.string().min(1).max(200), name: z.string() })),
  ...Object.fromEntries(COLLECTIONS.filter((c) => c !== 'contacts').map((c) => [c, z.array(entity).optional()])),
});

type OtherName = Exclude<CollectionName, 'contacts'>;
const RICH = new Set(['notes', 'strategy', 'draft', 'body']);

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

function fail(problem: ImportProblem): JsonImportPlan {
  return {
    format: 'rapport-json',
    source: 'manual',
    added: [],
    updated: [],
    unchanged: [],
    skipped: [],
    problems: [problem],
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
    return fail({ ...where, severity: 'error', message: `Not valid JSON: ${message}` });
  }
  const parsed = journalJson.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail({
      line: 1,
      severity: 'error',
      message: `Not a Rapport JSON export: ${issue ? `${issue.path.join('.') || 'top level'}: ${issue.message}` : 'unknown shape'}`,
    });
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
  const others: JsonImportPlan['others'] = [];
  for (const name of COLLECTIONS) {
    if (name === 'contacts') continue;
    const list = (data[name] as Array<Record<string, unknown> & { id: string }> | undefined) ?? [];
    for (const item of list)
      if (!collection(doc, name).has(item.id)) others.push({ collection: name, id: item.id, fields: item });
  }
  return { ...plan, others, contactIdMap, jsonContacts };
}

function setFields(map: Y.Map<unknown>, fields: Record<string, unknown>, remap: (id: string) => string): void {
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'id' || value === null || value === undefined) continue;
    if (RICH.has(key) && typeof value === 'string') {
      ensureFragment(map, key).insert(0, paragraphs(value));
    } else if (key.endsWith('Ids') && Array.isArray(value)) {
      replaceIds(map, key, strings(value).map(key === 'contactIds' || key === 'memberIds' ? remap : (id) => id));
    } else {
      map.set(key, value);
    }
  }
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
      setFields(map, other.fields, remap);
      // Links are two-sided: the people a goal or circle lists get it listed back.
      const back = other.collection === 'goals' ? 'goalIds' : other.collection === 'circles' ? 'circleIds' : undefined;
      const members = other.collection === 'circles' ? readIds(map, 'memberIds') : readIds(map, 'contactIds');
      for (const contactId of back ? members : []) {
        const contact = collection(doc, 'contacts').get(contactId);
        if (contact instanceof Y.Map) addId(contact, back!, other.id);
      }
    }
  }, IMPORT_ORIGIN);
  return result;
}
