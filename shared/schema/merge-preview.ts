// What merging two contacts would change, shown before the user confirms, and where a merged-away contact
// went. Follows mergeContacts' contract (fill empty fields, union lists, move interactions and links);
// merge-preview.test.ts checks the preview against a real merge so the two cannot drift apart.
import * as Y from 'yjs';
import { readContact, type Contact, type Stage } from './contacts';
import { eachEntity, findEntity, isLive, requireEntity } from './entity';
import { str } from './fields';
import { hasId, readIds } from './id-set';
import { isBlank } from './rich-text';

/** Fields a merge fills on the kept contact when it has nothing there (those a person reads). */
export const MERGE_FILLS = [
  'role',
  'company',
  'location',
  'linkedinUrl',
  'why',
  'connectedOn',
  'nextStep',
  'cadence',
] as const;
export type MergeFill = (typeof MERGE_FILLS)[number];

export const MERGE_LISTS = ['emails', 'phones', 'tags', 'otherLinks'] as const;
export type MergeList = (typeof MERGE_LISTS)[number];

export interface MergePreview {
  keepId: string;
  dropId: string;
  /** Empty fields of the kept contact that the dropped one fills. */
  fills: MergeFill[];
  /** The kept contact's new stage, when it changes. */
  stage: Stage | undefined;
  /** Entries each list gains. */
  added: Record<MergeList, string[]>;
  /** Live interactions of the dropped contact that move over. */
  interactionIds: string[];
  /** Live goals and circles the kept contact gains. */
  goalIds: string[];
  circleIds: string[];
  /** Whether the dropped notes / draft hold text that will be appended. */
  notes: boolean;
  draft: boolean;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === '';
}

function gained(kept: readonly string[], dropped: readonly string[], fold: (s: string) => string): string[] {
  const seen = new Set(kept.map(fold));
  const out: string[] = [];
  for (const item of dropped) {
    if (seen.has(fold(item))) continue;
    seen.add(fold(item));
    out.push(item);
  }
  return out;
}

/** Live partners (goals or circles) linked to `dropId` on either side that `keepId` is not yet linked to. */
function gainedLinks(
  doc: Y.Doc,
  drop: readonly string[],
  keep: readonly string[],
  name: 'goals' | 'circles',
  field: string,
  dropId: string,
): string[] {
  const ids = new Set(drop);
  eachEntity(doc, name, (map, id) => {
    if (hasId(map, field, dropId)) ids.add(id);
  });
  const kept = new Set(keep);
  return [...ids]
    .filter((id) => {
      const map = findEntity(doc, name, id);
      return !kept.has(id) && map !== undefined && isLive(map);
    })
    .sort();
}

export function previewMerge(doc: Y.Doc, keepId: string, dropId: string): MergePreview {
  const keepMap = requireEntity(doc, 'contacts', keepId);
  const dropMap = requireEntity(doc, 'contacts', dropId);
  const keep: Contact = readContact(keepId, keepMap);
  const drop: Contact = readContact(dropId, dropMap);
  const fills = MERGE_FILLS.filter((key) => isEmpty(keep[key]) && !isEmpty(drop[key]));
  const stage = keep.stage === 'identified' && drop.stage !== 'identified' ? drop.stage : undefined;
  const trim = (s: string): string => s.trim();
  const added = {
    emails: gained(keep.emails, drop.emails, (s) => s.trim().toLowerCase()),
    phones: gained(keep.phones, drop.phones, trim),
    tags: gained(keep.tags, drop.tags, trim),
    otherLinks: gained(keep.otherLinks, drop.otherLinks, trim),
  };
  const interactionIds: string[] = [];
  eachEntity(doc, 'interactions', (map, id) => {
    if (isLive(map) && hasId(map, 'contactIds', dropId)) interactionIds.push(id);
  });
  // Read without ensureFragment, which would write: a preview changes nothing.
  const text = (key: string): boolean => {
    const value = dropMap.get(key);
    if (value instanceof Y.XmlFragment) return !isBlank(value);
    return typeof value === 'string' && value.trim() !== '';
  };
  return {
    keepId,
    dropId,
    fills,
    stage,
    added,
    interactionIds: interactionIds.sort(),
    goalIds: gainedLinks(doc, drop.goalIds, keep.goalIds, 'goals', 'contactIds', dropId),
    circleIds: gainedLinks(doc, drop.circleIds, readIds(keepMap, 'circleIds'), 'circles', 'memberIds', dropId),
    notes: text('notes'),
    draft: text('draft'),
  };
}

/** True when the merge would bring nothing new to the kept contact (the dropped one still goes to the Trash). */
export function mergeAddsNothing(preview: MergePreview): boolean {
  return (
    preview.fills.length === 0 &&
    preview.stage === undefined &&
    MERGE_LISTS.every((key) => preview.added[key].length === 0) &&
    preview.interactionIds.length === 0 &&
    preview.goalIds.length === 0 &&
    preview.circleIds.length === 0 &&
    !preview.notes &&
    !preview.draft
  );
}

/** The contact a trashed contact was merged into, if it was merged (mergeContacts stamps 'mergedInto'). */
export function mergedInto(doc: Y.Doc, id: string): string | undefined {
  const map = findEntity(doc, 'contacts', id);
  const target = str(map?.get('mergedInto'));
  return target === '' ? undefined : target;
}
