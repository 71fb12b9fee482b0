// Brings a journal document up to the current schema. Runs only in the document's owner (main, or the
// browser build), never in a replica, so two windows cannot race to initialise `meta`.
import type * as Y from 'yjs';
import { metaMap, readMeta } from './journal-doc';
import { newId } from './ids';

export const SCHEMA_VERSION = 1;

export type Migration = (doc: Y.Doc) => void;

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

/** The version a document is brought to and the steps that get it there (tests pass a future one). */
export interface SchemaPlan {
  version: number;
  steps: readonly Migration[];
}

export const CURRENT_SCHEMA: SchemaPlan = { version: SCHEMA_VERSION, steps: migrations };

export class NewerSchemaError extends Error {
  constructor(
    readonly found: number,
    readonly known: number = SCHEMA_VERSION,
  ) {
    super(
      `This journal was written by a newer version of Rapport (schema ${found}; this version knows ${known}). ` +
        'It is open for reading only and nothing in it is changed: update Rapport to edit it again.',
    );
  }
}

/** A journal from a newer Rapport: it must be read, never rewritten. */
export function newerSchema(doc: Y.Doc, plan: SchemaPlan = CURRENT_SCHEMA): NewerSchemaError | undefined {
  const found = readMeta(doc).schemaVersion;
  return found > plan.version ? new NewerSchemaError(found, plan.version) : undefined;
}

/**
 * True when migrating would change a journal that already holds data (not a fresh one getting its
 * identity): the owner takes a backup first.
 */
export function migrationChangesJournal(doc: Y.Doc, plan: SchemaPlan = CURRENT_SCHEMA): boolean {
  const found = readMeta(doc).schemaVersion;
  return found > 0 && found < plan.version;
}

/** Returns the version the document was at before migrating. A newer document is left untouched. */
export function migrate(doc: Y.Doc, origin: unknown = 'migration', plan: SchemaPlan = CURRENT_SCHEMA): number {
  const before = readMeta(doc).schemaVersion;
  if (before >= plan.version) return before;
  doc.transact(() => {
    for (let v = before; v < plan.version; v += 1) {
      const step = plan.steps[v];
      if (!step) throw new Error(`No migration from schema ${v}`);
      step(doc);
    }
    metaMap(doc).set('schemaVersion', plan.version);
  }, origin);
  return before;
}
