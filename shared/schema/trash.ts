// The Trash: deleting only stamps deletedAt, so nothing is destroyed by one click. Entries are restorable
// until purged, by the user (after the UI confirms) or after 30 days.
import type * as Y from 'yjs';
import { collection, COLLECTIONS, type CollectionName } from './journal-doc';
import { optStr, str } from './fields';
import { eachEntity, findEntity, requireEntity, touch } from './entity';
import { removeId } from './id-set';

const MS_PER_DAY = 86_400_000;

export interface TrashEntry {
  collection: CollectionName;
  id: string;
  /** A line to recognise the entry by: its name, title, summary or text. */
  title: string;
  deletedAt: string;
}

/** Where ids of each collection are kept (as id sets) by entities of other collections. */
const REFERENCES: Partial<Record<CollectionName, readonly [CollectionName, string][]>> = {
  contacts: [
    ['goals', 'contactIds'],
    ['circles', 'memberIds'],
    ['interactions', 'contactIds'],
    ['reflections', 'contactIds'],
    ['events', 'meetContactIds'],
    ['events', 'metContactIds'],
  ],
  goals: [
    ['contacts', 'goalIds'],
    ['events', 'goalIds'],
    ['reflections', 'goalIds'],
  ],
  circles: [
    ['contacts', 'circleIds'],
    ['goals', 'circleIds'],
  ],
  events: [
    ['goals', 'eventIds'],
    ['reflections', 'eventIds'],
  ],
};

/** Where an id of each collection is kept as a single field (not a set) by entities of other collections. */
const SINGLE_REFERENCES: Partial<Record<CollectionName, readonly [CollectionName, string][]>> = {
  circles: [['events', 'circleId']],
  events: [['interactions', 'eventId']],
};

/** Moves an entity to the Trash. Trashing it again keeps the first date, so the 30 days do not restart. */
export function trash(doc: Y.Doc, name: CollectionName, id: string, now: Date = new Date()): void {
  const map = requireEntity(doc, name, id);
  if (optStr(map.get('deletedAt')) !== undefined) return;
  doc.transact(() => {
    map.set('deletedAt', now.toISOString());
    touch(map, now);
  });
}

/** Brings an entity back with its links intact (trashing never unlinks). */
export function restore(doc: Y.Doc, name: CollectionName, id: string, now: Date = new Date()): void {
  const map = requireEntity(doc, name, id);
  doc.transact(() => {
    // Deleted rather than blanked: counts() and older readers treat a present deletedAt as trashed.
    map.delete('deletedAt');
    map.delete('mergedInto');
    touch(map, now);
  });
}

function titleOf(map: Y.Map<unknown>): string {
  for (const key of ['name', 'title', 'summary', 'text', 'date']) {
    const line = str(map.get(key)).trim().split('\n')[0]?.trim() ?? '';
    if (line !== '') return line.length > 80 ? `${line.slice(0, 79)}…` : line;
  }
  return '';
}

/** Everything in the Trash, most recently trashed first. */
export function listTrash(doc: Y.Doc): TrashEntry[] {
  const entries: TrashEntry[] = [];
  for (const name of COLLECTIONS) {
    eachEntity(doc, name, (map, id) => {
      const deletedAt = optStr(map.get('deletedAt'));
      if (deletedAt !== undefined) entries.push({ collection: name, id, title: titleOf(map), deletedAt });
    });
  }
  return entries.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt) || a.id.localeCompare(b.id));
}

/**
 * Removes a trashed entity for good, and its id from the entities that referred to it. Returns false and
 * does nothing when the entity is missing or not in the Trash: only trashed things can be destroyed.
 */
export function purge(doc: Y.Doc, name: CollectionName, id: string): boolean {
  const map = findEntity(doc, name, id);
  if (!map || optStr(map.get('deletedAt')) === undefined) return false;
  doc.transact(() => {
    for (const [other, field] of REFERENCES[name] ?? []) eachEntity(doc, other, (ref) => removeId(ref, field, id));
    for (const [other, field] of SINGLE_REFERENCES[name] ?? [])
      eachEntity(doc, other, (ref) => {
        if (ref.get(field) === id) ref.delete(field);
      });
    collection(doc, name).delete(id);
  });
  return true;
}

/**
 * Purges entries trashed more than `days` days before `now` (exactly `days` days ago is kept). An entry
 * whose deletedAt cannot be read as a time is kept: we do not destroy what we cannot date.
 */
export function purgeExpired(doc: Y.Doc, now: Date = new Date(), days = 30): TrashEntry[] {
  const cutoff = now.getTime() - days * MS_PER_DAY;
  const expired = listTrash(doc).filter((entry) => {
    const t = Date.parse(entry.deletedAt);
    return !Number.isNaN(t) && t < cutoff;
  });
  if (expired.length > 0) doc.transact(() => expired.forEach((entry) => purge(doc, entry.collection, entry.id)));
  return expired;
}
