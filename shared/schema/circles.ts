// Typed access to circles: structured networks (colleagues, managers, alumni, professional groups) where
// contact comes with a shared purpose and a rhythm. Members are linked on both sides (links.ts).
import * as Y from 'yjs';
import { collection, type EntityMap } from './journal-doc';
import { newId } from './ids';
import { oneOf, optStr, str } from './fields';
import { readIds } from './id-set';
import { isLive, requireEntity, touch } from './entity';
import { CONTACT_CIRCLE, replaceLinks, setLinked } from './links';

export const CIRCLE_KINDS = ['colleague', 'manager', 'alumni', 'professional', 'other'] as const;
export type CircleKind = (typeof CIRCLE_KINDS)[number];

export interface Circle {
  id: string;
  name: string;
  kind: CircleKind;
  notes: string;
  memberIds: string[];
  /** How often it meets, in the user's words ('monthly', 'first Tuesday'). */
  rhythm: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | undefined;
}

export interface CircleInput {
  name: string;
  kind?: CircleKind;
  notes?: string;
  rhythm?: string;
  memberIds?: readonly string[];
}

export function circlesMap(doc: Y.Doc): Y.Map<EntityMap> {
  return collection(doc, 'circles');
}

export function readCircle(id: string, map: EntityMap): Circle {
  return {
    id,
    name: str(map.get('name')),
    kind: oneOf(map.get('kind'), CIRCLE_KINDS, 'other'),
    notes: str(map.get('notes')),
    memberIds: readIds(map, 'memberIds'),
    rhythm: str(map.get('rhythm')),
    createdAt: str(map.get('createdAt')),
    updatedAt: str(map.get('updatedAt')),
    deletedAt: optStr(map.get('deletedAt')),
  };
}

function check(doc: Y.Doc, input: Partial<CircleInput>): void {
  if (input.kind !== undefined && !CIRCLE_KINDS.includes(input.kind))
    throw new RangeError(`Unknown circle kind: ${input.kind}`);
  input.memberIds?.forEach((id) => requireEntity(doc, 'contacts', id));
}

function writeFields(doc: Y.Doc, id: string, map: EntityMap, input: Partial<CircleInput>, now: Date): void {
  if (input.name !== undefined) map.set('name', input.name.trim());
  for (const key of ['kind', 'notes', 'rhythm'] as const) {
    const value = input[key];
    if (value !== undefined) map.set(key, value);
  }
  if (input.memberIds) replaceLinks(doc, CONTACT_CIRCLE, 'b', id, input.memberIds, now);
}

export function createCircle(doc: Y.Doc, input: CircleInput, now: Date = new Date()): string {
  check(doc, input);
  const id = newId();
  const map = new Y.Map<unknown>();
  doc.transact(() => {
    circlesMap(doc).set(id, map);
    writeFields(doc, id, map, { kind: 'other', ...input }, now);
    map.set('createdAt', now.toISOString());
    touch(map, now);
  });
  return id;
}

export function updateCircle(doc: Y.Doc, id: string, patch: Partial<CircleInput>, now: Date = new Date()): void {
  const map = requireEntity(doc, 'circles', id);
  check(doc, patch);
  doc.transact(() => {
    writeFields(doc, id, map, patch, now);
    touch(map, now);
  });
}

export function getCircle(doc: Y.Doc, id: string): Circle | undefined {
  const map = circlesMap(doc).get(id);
  return map instanceof Y.Map ? readCircle(id, map) : undefined;
}

/** Live circles sorted by name in the given locale. */
export function listCircles(doc: Y.Doc, locale = 'en'): Circle[] {
  const list: Circle[] = [];
  circlesMap(doc).forEach((map, id) => {
    if (map instanceof Y.Map && isLive(map)) list.push(readCircle(id, map));
  });
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return list.sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
}

export function addCircleMember(doc: Y.Doc, circleId: string, contactId: string, now: Date = new Date()): void {
  setLinked(doc, CONTACT_CIRCLE, contactId, circleId, true, now);
}

export function removeCircleMember(doc: Y.Doc, circleId: string, contactId: string, now: Date = new Date()): void {
  setLinked(doc, CONTACT_CIRCLE, contactId, circleId, false, now);
}
