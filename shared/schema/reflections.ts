// Typed access to reflections: the written, reflective half of the practice. An entry has a date, a title,
// a rich-text body (key 'body'), how it left me (energy 1–5), an optional mood word, tags, and links to
// the people, events and goals it is about. A reflection started from a prompt keeps the prompt's id and
// the text as it was shown, so a later rewording of the prompt library never changes an old entry.
import * as Y from 'yjs';
import { collection, type EntityMap } from './journal-doc';
import { newId } from './ids';
import { num, oneOf, optStr, str, strList } from './fields';
import { dayOfStamp, isDay, localDay } from './dates';
import { hasId, readIdSets, replaceIds } from './id-set';
import { eachEntity, isLive, requireEntity, touch } from './entity';
import { ensureFragment } from './rich-text';
import type { Energy } from './interactions';

/** What a reflection was written as: free, or the weekly review's own entry. */
export const REFLECTION_KINDS = ['entry', 'weekly-review'] as const;
export type ReflectionKind = (typeof REFLECTION_KINDS)[number];

export interface Reflection {
  id: string;
  /** The day it is about (YYYY-MM-DD). */
  date: string;
  title: string;
  kind: ReflectionKind;
  energy: Energy | undefined;
  mood: string;
  tags: string[];
  contactIds: string[];
  eventIds: string[];
  goalIds: string[];
  promptId: string | undefined;
  promptText: string | undefined;
  /** The prompt group the prompt belonged to when it was shown ('after-event', 'weekly', …). */
  promptGroup: string | undefined;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | undefined;
}

export interface ReflectionInput {
  /** Defaults to the local date of `now`. */
  date?: string;
  title?: string;
  kind?: ReflectionKind;
  energy?: Energy | null;
  mood?: string;
  tags?: readonly string[];
  contactIds?: readonly string[];
  eventIds?: readonly string[];
  goalIds?: readonly string[];
  prompt?: { id: string; text: string; group: string } | null;
}

export function reflectionsMap(doc: Y.Doc): Y.Map<EntityMap> {
  return collection(doc, 'reflections');
}

function readEnergy(value: unknown): Energy | undefined {
  const n = num(value);
  return Number.isInteger(n) && n >= 1 && n <= 5 ? (n as Energy) : undefined;
}

const REFLECTION_SETS = ['contactIds', 'eventIds', 'goalIds'] as const;

export function readReflection(id: string, map: EntityMap): Reflection {
  const { contactIds, eventIds, goalIds } = readIdSets(map, REFLECTION_SETS);
  const createdAt = str(map.get('createdAt'));
  const date = map.get('date');
  return {
    id,
    date: isDay(date) ? date : (dayOfStamp(createdAt) ?? ''),
    title: str(map.get('title')),
    kind: oneOf(map.get('kind'), REFLECTION_KINDS, 'entry'),
    energy: readEnergy(map.get('energy')),
    mood: str(map.get('mood')),
    tags: strList(map.get('tags')),
    contactIds,
    eventIds,
    goalIds,
    promptId: optStr(map.get('promptId')),
    promptText: optStr(map.get('promptText')),
    promptGroup: optStr(map.get('promptGroup')),
    createdAt,
    updatedAt: str(map.get('updatedAt'), createdAt),
    deletedAt: optStr(map.get('deletedAt')),
  };
}

function check(doc: Y.Doc, input: Partial<ReflectionInput>): void {
  if (input.date !== undefined && !isDay(input.date))
    throw new RangeError(`Reflection date is not YYYY-MM-DD: ${input.date}`);
  if (input.energy != null && readEnergy(input.energy) === undefined)
    throw new RangeError('Energy must be 1, 2, 3, 4 or 5');
  if (input.kind !== undefined && !REFLECTION_KINDS.includes(input.kind))
    throw new RangeError(`Unknown reflection kind: ${input.kind}`);
  input.contactIds?.forEach((id) => requireEntity(doc, 'contacts', id));
  input.eventIds?.forEach((id) => requireEntity(doc, 'events', id));
  input.goalIds?.forEach((id) => requireEntity(doc, 'goals', id));
}

function writeFields(map: EntityMap, input: Partial<ReflectionInput>): void {
  if (input.date !== undefined) map.set('date', input.date);
  if (input.title !== undefined) map.set('title', input.title.trim());
  if (input.kind !== undefined) map.set('kind', input.kind);
  if (input.mood !== undefined) map.set('mood', input.mood.trim());
  if (input.energy === null) map.delete('energy');
  else if (input.energy !== undefined) map.set('energy', input.energy);
  if (input.tags) map.set('tags', [...new Set(input.tags.map((t) => t.trim()).filter((t) => t !== ''))]);
  if (input.contactIds) replaceIds(map, 'contactIds', input.contactIds);
  if (input.eventIds) replaceIds(map, 'eventIds', input.eventIds);
  if (input.goalIds) replaceIds(map, 'goalIds', input.goalIds);
  if (input.prompt === null) {
    for (const key of ['promptId', 'promptText', 'promptGroup']) map.delete(key);
  } else if (input.prompt) {
    map.set('promptId', input.prompt.id);
    map.set('promptText', input.prompt.text);
    map.set('promptGroup', input.prompt.group);
  }
}

/**
 * Creates a reflection; `body` (optional) fills the rich text, e.g. a template's headings. The body
 * fragment is created with the entity (see ensureFragment for why).
 */
export function createReflection(
  doc: Y.Doc,
  input: ReflectionInput,
  now: Date = new Date(),
  body?: () => (Y.XmlElement | Y.XmlText)[],
): string {
  check(doc, input);
  const id = newId();
  const map = new Y.Map<unknown>();
  doc.transact(() => {
    reflectionsMap(doc).set(id, map);
    writeFields(map, { date: localDay(now), kind: 'entry', ...input });
    const fragment = ensureFragment(map, 'body');
    const nodes = body?.() ?? [];
    if (nodes.length > 0) fragment.insert(0, nodes);
    map.set('createdAt', now.toISOString());
    touch(map, now);
  });
  return id;
}

export function updateReflection(
  doc: Y.Doc,
  id: string,
  patch: Partial<ReflectionInput>,
  now: Date = new Date(),
): void {
  const map = requireEntity(doc, 'reflections', id);
  check(doc, patch);
  doc.transact(() => {
    writeFields(map, patch);
    touch(map, now);
  });
}

export function getReflection(doc: Y.Doc, id: string): Reflection | undefined {
  const map = reflectionsMap(doc).get(id);
  return map instanceof Y.Map ? readReflection(id, map) : undefined;
}

/** The reflection's body (rich text). */
export function reflectionBody(doc: Y.Doc, id: string): Y.XmlFragment {
  return ensureFragment(requireEntity(doc, 'reflections', id), 'body');
}

function newestFirst(a: Reflection, b: Reflection): number {
  return b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);
}

export interface ReflectionLink {
  field: 'contactIds' | 'eventIds' | 'goalIds';
  id: string;
}

/** Live reflections, newest first; with a link, only those linked to that person, event or goal. */
export function listReflections(doc: Y.Doc, link?: ReflectionLink): Reflection[] {
  const list: Reflection[] = [];
  eachEntity(doc, 'reflections', (map, id) => {
    if (isLive(map) && (link === undefined || hasId(map, link.field, link.id))) list.push(readReflection(id, map));
  });
  return list.sort(newestFirst);
}
