// Typed access to interactions: what happened with whom and when, and how it felt. The last one per
// contact restarts that contact's keep-in-touch clock (cadence.ts).
import * as Y from 'yjs';
import { collection, type EntityMap } from './journal-doc';
import { newId } from './ids';
import { num, oneOf, optStr, str } from './fields';
import { dayOfStamp, isDay, localDay } from './dates';
import { hasId, readIds, replaceIds } from './id-set';
import { eachEntity, isLive, requireEntity, touch } from './entity';

export const INTERACTION_KINDS = ['message', 'call', 'coffee', 'meeting', 'event', 'other'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

/** How the interaction left the user: 1 drained … 5 energised. */
export type Energy = 1 | 2 | 3 | 4 | 5;

export interface Interaction {
  id: string;
  /** The day it happened (YYYY-MM-DD). */
  date: string;
  kind: InteractionKind;
  summary: string;
  /** Longer text, e.g. the full message markDraftSent sent; '' when there is none. */
  notes: string;
  energy: Energy | undefined;
  /** Social energy it took, 0–5, when the user set it; otherwise the kind's default (energy.ts). */
  energyCost: number | undefined;
  /** The event it happened at; that event's own energy counts for it (energy.ts). */
  eventId: string | undefined;
  contactIds: string[];
  createdAt: string;
  updatedAt: string;
  deletedAt: string | undefined;
}

export interface InteractionInput {
  /** Defaults to the local date of `now`. */
  date?: string;
  kind: InteractionKind;
  summary?: string;
  notes?: string;
  energy?: Energy | null;
  /** 0–5; null clears it (back to the kind's default). */
  energyCost?: number | null;
  /** null unlinks it. */
  eventId?: string | null;
  contactIds: readonly string[];
}

export function interactionsMap(doc: Y.Doc): Y.Map<EntityMap> {
  return collection(doc, 'interactions');
}

function readEnergy(value: unknown): Energy | undefined {
  const n = num(value);
  return Number.isInteger(n) && n >= 1 && n <= 5 ? (n as Energy) : undefined;
}

export function readEnergyCostValue(value: unknown): number | undefined {
  const n = num(value, -1);
  return Number.isInteger(n) && n >= 0 && n <= 5 ? n : undefined;
}

/** What an interaction of a kind usually takes, 0–5: writing is cheap for an introvert, a room is not. */
export const DEFAULT_ENERGY_COST: Record<InteractionKind, number> = {
  message: 0,
  call: 1,
  coffee: 2,
  meeting: 2,
  event: 3,
  other: 1,
};

export function readInteraction(id: string, map: EntityMap): Interaction {
  const createdAt = str(map.get('createdAt'));
  const date = map.get('date');
  return {
    id,
    // A date another version wrote in a form we do not know falls back to the day it was logged.
    date: isDay(date) ? date : (dayOfStamp(createdAt) ?? ''),
    kind: oneOf(map.get('kind'), INTERACTION_KINDS, 'other'),
    summary: str(map.get('summary')),
    notes: str(map.get('notes')),
    energy: readEnergy(map.get('energy')),
    energyCost: readEnergyCostValue(map.get('energyCost')),
    eventId: optStr(map.get('eventId')),
    contactIds: readIds(map, 'contactIds'),
    createdAt,
    updatedAt: str(map.get('updatedAt'), createdAt),
    deletedAt: optStr(map.get('deletedAt')),
  };
}

/** Checks everything before writing, since a Yjs transaction cannot be rolled back. */
function check(doc: Y.Doc, input: Partial<InteractionInput>): void {
  if (input.date !== undefined && !isDay(input.date))
    throw new RangeError(`Interaction date is not YYYY-MM-DD: ${input.date}`);
  if (input.kind !== undefined && !INTERACTION_KINDS.includes(input.kind))
    throw new RangeError(`Unknown interaction kind: ${input.kind}`);
  if (input.energy != null && readEnergy(input.energy) === undefined)
    throw new RangeError('Energy must be 1, 2, 3, 4 or 5');
  if (input.energyCost != null && readEnergyCostValue(input.energyCost) === undefined)
    throw new RangeError('Energy it took must be 0, 1, 2, 3, 4 or 5');
  if (input.eventId != null) requireEntity(doc, 'events', input.eventId);
  input.contactIds?.forEach((id) => requireEntity(doc, 'contacts', id));
}

function writeFields(map: EntityMap, input: Partial<InteractionInput>): void {
  for (const key of ['date', 'kind', 'summary', 'notes'] as const) {
    const value = input[key];
    if (value !== undefined) map.set(key, key === 'summary' ? value.trim() : value);
  }
  for (const key of ['energy', 'energyCost', 'eventId'] as const) {
    const value = input[key];
    if (value === null) map.delete(key);
    else if (value !== undefined) map.set(key, value);
  }
  if (input.contactIds) replaceIds(map, 'contactIds', input.contactIds);
}

export function logInteraction(doc: Y.Doc, input: InteractionInput, now: Date = new Date()): string {
  check(doc, input);
  const id = newId();
  const map = new Y.Map<unknown>();
  doc.transact(() => {
    interactionsMap(doc).set(id, map);
    writeFields(map, { date: localDay(now), ...input });
    map.set('createdAt', now.toISOString());
    touch(map, now);
  });
  return id;
}

export function updateInteraction(
  doc: Y.Doc,
  id: string,
  patch: Partial<InteractionInput>,
  now: Date = new Date(),
): void {
  const map = requireEntity(doc, 'interactions', id);
  check(doc, patch);
  doc.transact(() => {
    writeFields(map, patch);
    touch(map, now);
  });
}

export function getInteraction(doc: Y.Doc, id: string): Interaction | undefined {
  const map = interactionsMap(doc).get(id);
  return map instanceof Y.Map ? readInteraction(id, map) : undefined;
}

/** Newest first: by the day it happened, then by when it was logged. */
function newestFirst(a: Interaction, b: Interaction): number {
  return b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);
}

/** Live interactions linked to an event, newest first. */
export function listInteractionsAt(doc: Y.Doc, eventId: string): Interaction[] {
  const list: Interaction[] = [];
  eachEntity(doc, 'interactions', (map, id) => {
    if (isLive(map) && map.get('eventId') === eventId) list.push(readInteraction(id, map));
  });
  return list.sort(newestFirst);
}

/** Live interactions, newest first; with a contact id, only those that contact took part in. */
export function listInteractions(doc: Y.Doc, contactId?: string): Interaction[] {
  const list: Interaction[] = [];
  eachEntity(doc, 'interactions', (map, id) => {
    if (isLive(map) && (contactId === undefined || hasId(map, 'contactIds', contactId)))
      list.push(readInteraction(id, map));
  });
  return list.sort(newestFirst);
}

export function listInteractionsFor(doc: Y.Doc, contactId: string): Interaction[] {
  return listInteractions(doc, contactId);
}

export function lastInteractionDate(doc: Y.Doc, contactId: string): string | undefined {
  return listInteractions(doc, contactId)[0]?.date;
}

/** The last interaction day of every contact in one pass, for lists (Today, weekly review) of many contacts. */
export function lastInteractionDates(doc: Y.Doc): Map<string, string> {
  const last = new Map<string, string>();
  for (const interaction of listInteractions(doc)) {
    for (const contactId of interaction.contactIds) if (!last.has(contactId)) last.set(contactId, interaction.date);
  }
  return last;
}
