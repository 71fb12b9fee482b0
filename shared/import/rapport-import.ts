// Imports a `.rapport` snapshot. The same journal (same id) merges exactly, CRDT-style. Another journal's
// snapshot is merged entity by entity, so its identity (`meta`) never replaces this journal's.
import * as Y from 'yjs';
import { COLLECTIONS, collection, readMeta } from '../schema/journal-doc';
import { decodeRapportFile, RapportFileError } from '../export/rapport-file';
import { exportJournalJson } from '../export/json-export';
import { applyJsonImport, planJsonImport, type JsonImportPlan } from './json-import';
import { IMPORT_ORIGIN } from './apply-contacts';

export type RapportImportPlan =
  | { kind: 'same-journal'; state: Uint8Array; newEntities: number; plan: JsonImportPlan }
  | { kind: 'other-journal'; plan: JsonImportPlan };

function emptyPlan(message: string): JsonImportPlan {
  return {
    format: 'rapport',
    source: 'manual',
    added: [],
    updated: [],
    unchanged: [],
    skipped: [],
    problems: [{ line: 1, severity: 'error', message }],
    others: [],
    contactIdMap: new Map(),
    jsonContacts: new Map(),
  };
}

export function planRapportImport(doc: Y.Doc, bytes: Uint8Array): RapportImportPlan {
  let decoded: ReturnType<typeof decodeRapportFile>;
  try {
    decoded = decodeRapportFile(bytes);
  } catch (error) {
    return {
      kind: 'other-journal',
      plan: emptyPlan(error instanceof RapportFileError ? error.message : String(error)),
    };
  }
  const incoming = new Y.Doc();
  Y.applyUpdate(incoming, decoded.state);
  const plan = planJsonImport(doc, JSON.stringify(exportJournalJson(incoming)));
  plan.format = 'rapport';
  if (decoded.header.journalId && decoded.header.journalId === readMeta(doc).journalId) {
    let newEntities = 0;
    for (const name of COLLECTIONS)
      collection(incoming, name).forEach((_v, id) => void (collection(doc, name).has(id) || (newEntities += 1)));
    return { kind: 'same-journal', state: decoded.state, newEntities, plan };
  }
  return { kind: 'other-journal', plan };
}

export function applyRapportImport(doc: Y.Doc, planned: RapportImportPlan, now: Date = new Date()): void {
  if (planned.kind === 'same-journal') Y.applyUpdate(doc, planned.state, IMPORT_ORIGIN);
  else applyJsonImport(doc, planned.plan, now);
}
