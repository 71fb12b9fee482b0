// Two-sided links: a contact lists its goals and circles, and a goal or circle lists its contacts, so
// either side can be shown without scanning the other. Every change goes through here so both sides are
// written in the same transaction and stay consistent.
import type * as Y from 'yjs';
import type { CollectionName } from './journal-doc';
import { findEntity, requireEntity, touch } from './entity';
import { addId, removeId, replaceIds } from './id-set';

export interface Link {
  a: CollectionName;
  aField: string;
  b: CollectionName;
  bField: string;
}

export const CONTACT_GOAL: Link = { a: 'contacts', aField: 'goalIds', b: 'goals', bField: 'contactIds' };
export const CONTACT_CIRCLE: Link = { a: 'contacts', aField: 'circleIds', b: 'circles', bField: 'memberIds' };
export const GOAL_EVENT: Link = { a: 'events', aField: 'goalIds', b: 'goals', bField: 'eventIds' };

/** Links or unlinks `aId` (in link.a) and `bId` (in link.b) on both sides; updatedAt moves only on change. */
export function setLinked(
  doc: Y.Doc,
  link: Link,
  aId: string,
  bId: string,
  linked: boolean,
  now: Date = new Date(),
): void {
  const a = requireEntity(doc, link.a, aId);
  const b = requireEntity(doc, link.b, bId);
  doc.transact(() => {
    const change = linked ? addId : removeId;
    if (change(a, link.aField, bId)) touch(a, now);
    if (change(b, link.bField, aId)) touch(b, now);
  });
}

/**
 * Makes the set of partners of one entity equal to `ids` (used when a create or update call passes a whole
 * list) and mirrors each addition or removal on the partner. Unknown partner ids throw before anything is
 * written, so a bad call leaves the journal untouched.
 */
export function replaceLinks(
  doc: Y.Doc,
  link: Link,
  side: 'a' | 'b',
  id: string,
  ids: readonly string[],
  now: Date,
): void {
  const [own, ownField, other, otherField] =
    side === 'a' ? [link.a, link.aField, link.b, link.bField] : [link.b, link.bField, link.a, link.aField];
  const self = requireEntity(doc, own, id);
  const partners = new Map(ids.map((pid) => [pid, requireEntity(doc, other, pid)]));
  doc.transact(() => {
    const { removed } = replaceIds(self, ownField, [...partners.keys()]);
    // Every kept partner is (re)written, which also repairs a side left half-linked by an older replica.
    for (const partner of partners.values()) if (addId(partner, otherField, id)) touch(partner, now);
    for (const pid of removed) {
      // A removed partner may already be purged; then there is no other side left to update.
      const partner = findEntity(doc, other, pid);
      if (partner && removeId(partner, otherField, id)) touch(partner, now);
    }
  });
}
