// Imports a `.rapport` snapshot. The same journal (same id) merges exactly, CRDT-style. Another journal's
// snapshot is merged entity by entity (as a JSON import), so its identity (`meta`) never replaces this
// journal's; the new entities' rich text is then copied over as it is, headings and lists included.
import * as Y from 'yjs';
import { COLLECTIONS, collection, readMeta, type CollectionName } from '../schema/journal-doc';
import { appendCopy, clearFragment, ensureFragment } from '../schema/rich-text';
import { decodeRapportFile, RapportFileError } from '../export/rapport-file';
import { exportJournalJson } from '../export/json-export';
import { applyJsonImport, failedPlan, planJsonImport, type JsonImportPlan } from './json-import';
import { IMPORT_ORIGIN } from './apply-contacts';
import { RICH } from './json-entities';
import { checkUpdate } from '../sync/update-check';
import { problem } from './problems';

export type RapportImportPlan =
  | { kind: 'same-journal'; state: Uint8Array; newEntities: number; plan: JsonImportPlan }
  | { kind: 'other-journal'; plan: JsonImportPlan; incoming?: Y.Doc };

export function planRapportImport(doc: Y.Doc, bytes: Uint8Array): RapportImportPlan {
  let decoded: ReturnType<typeof decodeRapportFile>;
  try {
    decoded = decodeRapportFile(bytes);
  } catch (error) {
    return {
      kind: 'other-journal',
      plan: failedPlan(
        problem('error', 1, 'rapportDamaged', {
          detail: error instanceof RapportFileError ? error.message : String(error),
        }),
        'rapport',
      ),
    };
  }
  const incoming = new Y.Doc();
  try {
    checkUpdate(decoded.state);
    Y.applyUpdate(incoming, decoded.state);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      kind: 'other-journal',
      plan: failedPlan(problem('error', 1, 'rapportUnreadable', { detail: reason }), 'rapport'),
    };
  }
  const plan = planJsonImport(doc, JSON.stringify(exportJournalJson(incoming)));
  plan.format = 'rapport';
  if (decoded.header.journalId && decoded.header.journalId === readMeta(doc).journalId) {
    let newEntities = 0;
    for (const name of COLLECTIONS)
      collection(incoming, name).forEach((_v, id) => void (collection(doc, name).has(id) || (newEntities += 1)));
    return { kind: 'same-journal', state: decoded.state, newEntities, plan };
  }
  return { kind: 'other-journal', plan, incoming };
}

export function applyRapportImport(doc: Y.Doc, planned: RapportImportPlan, now: Date = new Date()): void {
  if (planned.kind === 'same-journal') {
    Y.applyUpdate(doc, planned.state, IMPORT_ORIGIN);
    return;
  }
  const { plan, incoming } = planned;
  doc.transact(() => {
    applyJsonImport(doc, plan, now);
    if (!incoming) return;
    // The JSON step wrote rich text as plain lines; the snapshot has the real thing.
    const copies: Array<[CollectionName, string, string]> = plan.others.map((o) => [o.collection, o.id, o.id]);
    for (const draft of plan.added) {
      const fileId = plan.jsonContacts.get(draft.line)?.id;
      const newId = typeof fileId === 'string' ? plan.contactIdMap.get(fileId) : undefined;
      if (typeof fileId === 'string' && newId) copies.push(['contacts', fileId, newId]);
    }
    for (const [name, fromId, toId] of copies) copyRichText(incoming, doc, name, fromId, toId);
  }, IMPORT_ORIGIN);
}

function copyRichText(from: Y.Doc, to: Y.Doc, name: CollectionName, fromId: string, toId: string): void {
  const source = collection(from, name).get(fromId);
  const target = collection(to, name).get(toId);
  if (!(source instanceof Y.Map) || !(target instanceof Y.Map)) return;
  for (const key of RICH[name]) {
    const fragment = source.get(key);
    if (!(fragment instanceof Y.XmlFragment)) continue;
    const copy = ensureFragment(target, key);
    clearFragment(copy);
    appendCopy(fragment, copy);
  }
}
