// Merging two records of the same person into one, e.g. after an import met a hand-made contact. Nothing
// is lost: the kept contact only gains, and the dropped one goes to the Trash (restorable) marked mergedInto.
import type * as Y from 'yjs';
import type { CollectionName, EntityMap } from './journal-doc';
import { readContact, type Contact } from './contacts';
import { storedValue } from './contact-fields';
import { eachEntity, findEntity, isLive, requireEntity, touch } from './entity';
import { addId, hasId, readIds, removeId, replaceIds } from './id-set';
import { CONTACT_CIRCLE, CONTACT_GOAL, type Link } from './links';
import { appendCopy, ensureFragment, isBlank } from './rich-text';
import { trash } from './trash';

/** Id sets on other entities that name a contact. */
const PERSON_SETS: readonly [CollectionName, string][] = [
  ['interactions', 'contactIds'],
  ['reflections', 'contactIds'],
  ['events', 'meetContactIds'],
  ['events', 'metContactIds'],
];

/** Fields copied from the dropped contact only when the kept one has nothing there. */
const FILLABLE = [
  'company',
  'role',
  'location',
  'linkedinUrl',
  'why',
  'connectedOn',
  'nextStep',
  'cadence',
  'snoozedUntil',
  'reachedOutOn',
  'stageChangedOn',
] as const;
/** Lists that are unioned, the kept contact's entries first. */
const UNIONED = ['emails', 'phones', 'tags', 'otherLinks'] as const;

function isEmpty(value: unknown): boolean {
  return value === undefined || value === '';
}

function union(kept: readonly string[], dropped: readonly string[], fold: (s: string) => string): string[] {
  const seen = new Set(kept.map(fold));
  const out = [...kept];
  for (const item of dropped) {
    if (seen.has(fold(item))) continue;
    seen.add(fold(item));
    out.push(item);
  }
  return out;
}

function fillFields(keepMap: EntityMap, keep: Contact, drop: Contact): void {
  for (const key of FILLABLE) {
    if (isEmpty(keep[key]) && !isEmpty(drop[key])) keepMap.set(key, storedValue(key, drop[key]));
  }
  // 'identified' is where every contact starts, so it counts as empty: a later stage is information.
  if (keep.stage === 'identified' && drop.stage !== 'identified') keepMap.set('stage', drop.stage);
  for (const key of UNIONED) {
    const merged = union(keep[key], drop[key], key === 'emails' ? (s) => s.trim().toLowerCase() : (s) => s.trim());
    if (merged.length !== keep[key].length) keepMap.set(key, merged);
  }
}

/** Moves every link of `dropId` (either side may name it) to `keepId`, and empties the dropped side. */
function repoint(
  doc: Y.Doc,
  link: Link,
  keepMap: EntityMap,
  dropMap: EntityMap,
  keepId: string,
  dropId: string,
  now: Date,
): void {
  const partnerIds = new Set(readIds(dropMap, link.aField));
  eachEntity(doc, link.b, (map, id) => {
    if (hasId(map, link.bField, dropId)) partnerIds.add(id);
  });
  for (const pid of partnerIds) {
    const partner = findEntity(doc, link.b, pid);
    if (!partner) continue; // purged meanwhile: nothing to point at
    removeId(partner, link.bField, dropId);
    addId(partner, link.bField, keepId);
    addId(keepMap, link.aField, pid);
    touch(partner, now);
  }
  replaceIds(dropMap, link.aField, []);
}

/**
 * Merges `dropId` into `keepId` in one transaction: fills the kept contact's empty fields (never
 * overwrites), unions emails/phones/tags/links, appends the dropped notes (and a non-empty draft), moves
 * interactions (trashed ones too, so a restore points at the right person), repoints goal and circle
 * links on both sides, then trashes the dropped contact with `mergedInto` = keepId.
 */
export function mergeContacts(doc: Y.Doc, keepId: string, dropId: string, now: Date = new Date()): void {
  if (keepId === dropId) throw new Error('A contact cannot be merged into itself');
  const keepMap = requireEntity(doc, 'contacts', keepId);
  const dropMap = requireEntity(doc, 'contacts', dropId);
  if (!isLive(keepMap) || !isLive(dropMap)) throw new Error('Restore a contact from the Trash before merging it');
  const keep = readContact(keepId, keepMap);
  const drop = readContact(dropId, dropMap);
  doc.transact(() => {
    fillFields(keepMap, keep, drop);
    for (const key of ['notes', 'draft']) {
      const from = ensureFragment(dropMap, key);
      if (!isBlank(from)) appendCopy(from, ensureFragment(keepMap, key));
    }
    // Interactions, reflections and events name people in id sets: each mention moves to the kept contact.
    for (const [name, field] of PERSON_SETS) {
      eachEntity(doc, name, (map) => {
        if (removeId(map, field, dropId)) {
          addId(map, field, keepId);
          touch(map, now);
        }
      });
    }
    repoint(doc, CONTACT_GOAL, keepMap, dropMap, keepId, dropId, now);
    repoint(doc, CONTACT_CIRCLE, keepMap, dropMap, keepId, dropId, now);
    dropMap.set('mergedInto', keepId);
    trash(doc, 'contacts', dropId, now);
    touch(keepMap, now);
  });
}
