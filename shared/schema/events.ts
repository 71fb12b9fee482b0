// Typed access to events: networking with something in sight. Before: why I go, whom I want to meet, two or
// three openers, the energy it will take and an exit plan. After (event-aftermath.ts): the energy it took
// and whom I met. Goals and events are linked on both sides (GOAL_EVENT).
import * as Y from 'yjs';
import { collection, type EntityMap } from './journal-doc';
import { newId } from './ids';
import { num, optDay, optStr, str, strList } from './fields';
import { isDay } from './dates';
import { readIdSets, replaceIds } from './id-set';
import { isLive, requireEntity, touch } from './entity';
import { GOAL_EVENT, replaceLinks } from './links';
import { ensureFragment } from './rich-text';

/** How much social energy something takes: 1 a little … 5 a lot. */
export type EnergyCost = 1 | 2 | 3 | 4 | 5;

export interface JournalEvent {
  id: string;
  title: string;
  /** The day it happens (YYYY-MM-DD); '' when not set yet. */
  date: string;
  /** Local time 'HH:MM', when known. */
  time: string | undefined;
  place: string;
  link: string;
  circleId: string | undefined;
  goalIds: string[];
  /** Why I am going. */
  purpose: string;
  /** Conversation starters, in order. */
  openers: string[];
  /** Existing contacts I want to meet. */
  meetContactIds: string[];
  /** People I want to meet who are not contacts yet. */
  meetNames: string[];
  energyPlanned: EnergyCost | undefined;
  exitPlan: string;
  /** When "Record what happened" was saved; undefined until then. */
  recordedAt: string | undefined;
  energySpent: EnergyCost | undefined;
  /** Contacts I met (set when the aftermath is recorded). */
  metContactIds: string[];
  createdAt: string;
  updatedAt: string;
  deletedAt: string | undefined;
}

export interface EventInput {
  title: string;
  date?: string;
  /** null clears it. */
  time?: string | null;
  place?: string;
  link?: string;
  /** null clears it. */
  circleId?: string | null;
  goalIds?: readonly string[];
  purpose?: string;
  openers?: readonly string[];
  meetContactIds?: readonly string[];
  meetNames?: readonly string[];
  energyPlanned?: EnergyCost | null;
  exitPlan?: string;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function eventsMap(doc: Y.Doc): Y.Map<EntityMap> {
  return collection(doc, 'events');
}

export function readEnergyCost(value: unknown): EnergyCost | undefined {
  const n = num(value);
  return Number.isInteger(n) && n >= 1 && n <= 5 ? (n as EnergyCost) : undefined;
}

const EVENT_SETS = ['goalIds', 'meetContactIds', 'meetNames', 'metContactIds'] as const;

export function readEvent(id: string, map: EntityMap): JournalEvent {
  const { goalIds, meetContactIds, meetNames, metContactIds } = readIdSets(map, EVENT_SETS);
  const time = optStr(map.get('time'));
  return {
    id,
    title: str(map.get('title')),
    date: optDay(map.get('date')) ?? '',
    time: time !== undefined && TIME.test(time) ? time : undefined,
    place: str(map.get('place')),
    link: str(map.get('link')),
    circleId: optStr(map.get('circleId')),
    goalIds,
    purpose: str(map.get('purpose')),
    openers: strList(map.get('openers')),
    meetContactIds,
    meetNames,
    energyPlanned: readEnergyCost(map.get('energyPlanned')),
    exitPlan: str(map.get('exitPlan')),
    recordedAt: optStr(map.get('recordedAt')),
    energySpent: readEnergyCost(map.get('energySpent')),
    metContactIds,
    createdAt: str(map.get('createdAt')),
    updatedAt: str(map.get('updatedAt')),
    deletedAt: optStr(map.get('deletedAt')),
  };
}

/** Checks everything first: a Yjs transaction cannot be rolled back. */
function check(doc: Y.Doc, input: Partial<EventInput>): void {
  if (input.date !== undefined && input.date !== '' && !isDay(input.date))
    throw new RangeError(`Event date is not YYYY-MM-DD: ${input.date}`);
  if (input.time != null && !TIME.test(input.time)) throw new RangeError(`Event time is not HH:MM: ${input.time}`);
  if (input.energyPlanned != null && readEnergyCost(input.energyPlanned) === undefined)
    throw new RangeError('Energy must be 1, 2, 3, 4 or 5');
  if (input.circleId != null) requireEntity(doc, 'circles', input.circleId);
  input.goalIds?.forEach((id) => requireEntity(doc, 'goals', id));
  input.meetContactIds?.forEach((id) => requireEntity(doc, 'contacts', id));
}

function writeFields(doc: Y.Doc, id: string, map: EntityMap, input: Partial<EventInput>, now: Date): void {
  if (input.title !== undefined) map.set('title', input.title.trim());
  for (const key of ['date', 'place', 'link', 'purpose', 'exitPlan'] as const) {
    const value = input[key];
    if (value !== undefined) map.set(key, value);
  }
  for (const key of ['time', 'circleId', 'energyPlanned'] as const) {
    const value = input[key];
    if (value === null) map.delete(key);
    else if (value !== undefined) map.set(key, value);
  }
  if (input.openers) map.set('openers', [...input.openers]);
  if (input.meetContactIds) replaceIds(map, 'meetContactIds', input.meetContactIds);
  if (input.meetNames) {
    const names = [...new Set(input.meetNames.map((n) => n.trim()).filter((n) => n !== ''))];
    replaceIds(map, 'meetNames', names);
  }
  if (input.goalIds) replaceLinks(doc, GOAL_EVENT, 'a', id, input.goalIds, now);
}

export function createEvent(doc: Y.Doc, input: EventInput, now: Date = new Date()): string {
  check(doc, input);
  const id = newId();
  const map = new Y.Map<unknown>();
  doc.transact(() => {
    eventsMap(doc).set(id, map);
    writeFields(doc, id, map, input, now);
    // Created up front so two devices never create competing copies (see ensureFragment).
    ensureFragment(map, 'notes');
    map.set('createdAt', now.toISOString());
    touch(map, now);
  });
  return id;
}

export function updateEvent(doc: Y.Doc, id: string, patch: Partial<EventInput>, now: Date = new Date()): void {
  const map = requireEntity(doc, 'events', id);
  check(doc, patch);
  doc.transact(() => {
    writeFields(doc, id, map, patch, now);
    touch(map, now);
  });
}

export function getEvent(doc: Y.Doc, id: string): JournalEvent | undefined {
  const map = eventsMap(doc).get(id);
  return map instanceof Y.Map ? readEvent(id, map) : undefined;
}

/** Live events in date order (time, then title); events without a date come last. */
export function listEvents(doc: Y.Doc): JournalEvent[] {
  const list: JournalEvent[] = [];
  eventsMap(doc).forEach((map, id) => {
    if (map instanceof Y.Map && isLive(map)) list.push(readEvent(id, map));
  });
  return list.sort(byDate);
}

function byDate(a: JournalEvent, b: JournalEvent): number {
  const ad = a.date || '9999-99-99';
  const bd = b.date || '9999-99-99';
  return (
    ad.localeCompare(bd) ||
    (a.time ?? '').localeCompare(b.time ?? '') ||
    a.title.localeCompare(b.title) ||
    a.id.localeCompare(b.id)
  );
}

/** Upcoming (today or later, or no date) soonest first, then past ones most recent first. */
export function splitEvents(
  events: readonly JournalEvent[],
  today: string,
): {
  upcoming: JournalEvent[];
  past: JournalEvent[];
} {
  const upcoming = events.filter((e) => e.date === '' || e.date >= today);
  const past = events.filter((e) => e.date !== '' && e.date < today).reverse();
  return { upcoming, past };
}

/** The event's free notes (rich text, key 'notes'). */
export function eventNotes(doc: Y.Doc, id: string): Y.XmlFragment {
  return ensureFragment(requireEntity(doc, 'events', id), 'notes');
}

export interface Preparation {
  purpose: boolean;
  openers: boolean;
  people: boolean;
  /** All three are filled in. */
  ready: boolean;
}

/** Whether the event is prepared: a purpose, at least one opener and at least one person to meet. */
export function preparation(event: JournalEvent): Preparation {
  const purpose = event.purpose.trim() !== '';
  const openers = event.openers.some((o) => o.trim() !== '');
  const people = event.meetContactIds.length + event.meetNames.length > 0;
  return { purpose, openers, people, ready: purpose && openers && people };
}
