// Brings a journal document up to the current schema. Runs only in the document's owner (main, or the
// browser build), never in a replica, so two windows cannot race to initialise `meta`.
import type * as Y from 'yjs';
import { metaMap, readMeta } from './journal-doc';
import { newId } from './ids';

export const SCHEMA_VERSION = 1;

type Migration = (doc: Y.Doc) => void;

/** migrations[n] upgrades a document from version n to n + 1. */
const migrations: readonly Migration[] = [
  // 0 → 1: a fresh journal gets its identity. Collections are created lazily by Yjs.
  (doc) => {
    const meta = metaMap(doc);
    if (meta.get('journalId') === undefined) meta.set('journalId', newId());
    if (meta.get('epoch') === undefined) meta.set('epoch', 1);
    if (meta.get('createdAt') === undefined) meta.set('createdAt', new Date().toISOString());
  },
];

export class NewerSchemaError extends Error {
  constructor(readonly found: number) {
    super(
      `This journal was written by a newer Rapport (schema ${found}; this version knows ${SCHEMA_VERSION}). ` +
        'It is opened as it is and nothing it does not understand is removed.',
    );
  }
}

/** Returns the version the document was at before migrating. A newer document is left untouched. */
export function migrate(doc: Y.Doc, origin: unknown = 'migration'): number {
  const before = readMeta(doc).schemaVersion;
  if (before >= SCHEMA_VERSION) return before;
  doc.transact(() => {
    for (let v = before; v < SCHEMA_VERSION; v += 1) {
      const step = migrations[v];
      if (!step) throw new Error(`No migration from schema ${v}`);
      step(doc);
    }
    metaMap(doc).set('schemaVersion', SCHEMA_VERSION);
  }, origin);
  return before;
}
