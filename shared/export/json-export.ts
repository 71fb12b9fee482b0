// The JSON export: one versioned file with every live entity of the journal (format in docs/JSON-EXPORT.md).
// Contacts carry a guaranteed set of fields; every other stored field is exported as well, so nothing
// the user wrote is left behind.
import * as Y from 'yjs';
import { COLLECTIONS, collection, readMeta, type CollectionName } from '../schema/journal-doc';
import { readContact } from '../schema/contacts';
import { entityToJson, fragmentText, type EntityJson } from './entity-json';

export const JSON_EXPORT_FORMAT = 'rapport-json';
export const JSON_EXPORT_VERSION = 1;

export type { EntityJson };

export type JournalJson = {
  format: typeof JSON_EXPORT_FORMAT;
  version: typeof JSON_EXPORT_VERSION;
  schemaVersion: number;
  journalId: string | null;
  exportedAt: string;
} & Record<CollectionName, EntityJson[]>;

function contactJson(id: string, map: Y.Map<unknown>): EntityJson {
  const c = readContact(id, map);
  const notes = map.get('notes');
  return {
    ...entityToJson(id, map),
    id,
    name: c.name,
    company: c.company,
    role: c.role,
    linkedinUrl: c.linkedinUrl,
    emails: c.emails,
    phones: c.phones,
    connectedOn: c.connectedOn ?? null,
    stage: c.stage,
    source: c.source,
    tags: c.tags,
    notes: notes instanceof Y.XmlFragment ? fragmentText(notes) : typeof notes === 'string' ? notes : '',
  };
}

function byCreation(a: EntityJson, b: EntityJson): number {
  const ca = typeof a.createdAt === 'string' ? a.createdAt : '';
  const cb = typeof b.createdAt === 'string' ? b.createdAt : '';
  return ca.localeCompare(cb) || a.id.localeCompare(b.id);
}

export function exportJournalJson(doc: Y.Doc, now: Date = new Date()): JournalJson {
  const meta = readMeta(doc);
  const out = {
    format: JSON_EXPORT_FORMAT,
    version: JSON_EXPORT_VERSION,
    schemaVersion: meta.schemaVersion,
    journalId: meta.journalId ?? null,
    exportedAt: now.toISOString(),
  } as JournalJson;
  for (const name of COLLECTIONS) {
    const list: EntityJson[] = [];
    collection(doc, name).forEach((map, id) => {
      if (!(map instanceof Y.Map) || typeof map.get('deletedAt') === 'string') return; // the Trash stays home
      list.push(name === 'contacts' ? contactJson(id, map) : entityToJson(id, map));
    });
    out[name] = list.sort(byCreation);
  }
  return out;
}
