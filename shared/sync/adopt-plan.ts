// What pairing with a device on another journal does to this device's journal (ARCHITECTURE "Device sync",
// "Two journals"): an empty journal takes the other's as it is; one with content is merged into the other's
// entity by entity, the way a `.rapport` of another journal is imported, and then holds the other's id and epoch.
import * as Y from 'yjs';
import { COLLECTIONS, collection, counts, readMeta, type CollectionName } from '../schema/journal-doc';
import { encodeRapportFile } from '../export/rapport-file';
import { applyRapportImport, planRapportImport } from '../import/rapport-import';

/** What will happen, said before the user confirms: `take` (nothing here to keep) or `merge` with what moves over. */
export type AdoptionSummary = { kind: 'take' } | { kind: 'merge'; counts: Record<CollectionName, number> };

export function adoptionSummary(mine: Y.Doc): AdoptionSummary {
  const live = counts(mine);
  return COLLECTIONS.some((name) => live[name] > 0) ? { kind: 'merge', counts: live } : { kind: 'take' };
}

/** Anything at all in the journal, the Trash included: then a backup is taken before it is replaced. */
export function holdsEntities(doc: Y.Doc): boolean {
  return COLLECTIONS.some((name) => collection(doc, name).size > 0);
}

/**
 * The state this device's journal gets: the other's (`theirs`, its complete state), with this journal's
 * entities merged in when it has any. The id and epoch are the other's; `mine` is left as it is.
 */
export function adoptedState(mine: Y.Doc, theirs: Uint8Array, now: Date = new Date()): Uint8Array {
  if (adoptionSummary(mine).kind === 'take') return theirs;
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, theirs);
    const plan = planRapportImport(doc, encodeRapportFile(mine, now));
    if (plan.kind !== 'other-journal' || readMeta(doc).journalId === readMeta(mine).journalId)
      throw new Error('Only a journal with another id is merged this way.');
    applyRapportImport(doc, plan, now);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
