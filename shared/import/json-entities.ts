// What the fields of an imported entity (anything but a contact) mean: which link to which collection, which
// are rich text, which must have a given shape. The plan drops junk with a warning; apply never has to guess.
import { isDay } from '../schema/dates';
import { REFLECTION_KINDS } from '../schema/reflections';
import type { CollectionName } from '../schema/journal-doc';

export type OtherName = Exclude<CollectionName, 'contacts'>;

/** Id sets and the collection their members live in. */
export const LINK_SETS: Record<string, CollectionName> = {
  contactIds: 'contacts',
  memberIds: 'contacts',
  meetContactIds: 'contacts',
  metContactIds: 'contacts',
  goalIds: 'goals',
  eventIds: 'events',
  circleIds: 'circles',
};

/** Single links (an interaction's event, an event's circle). */
export const LINK_ONE: Record<string, CollectionName> = { eventId: 'events', circleId: 'circles' };

/** Sets of plain strings stored one key per member, like id sets (see schema/id-set.ts). */
export const TEXT_SETS = new Set(['meetNames']);

/**
 * Rich-text fields of each kind, written in JSON as plain text, one line per paragraph. (An interaction's
 * notes are a plain string, not rich text.) An imported entity gets each of them, even when empty, as a
 * new one would (see ensureFragment for why).
 */
export const RICH: Record<CollectionName, readonly string[]> = {
  contacts: ['notes', 'draft'],
  goals: ['strategy'],
  events: ['notes'],
  circles: ['notes'],
  reflections: ['body'],
  interactions: [],
  inbox: [],
};

/** Two-sided links: a new entity's set is mirrored on each partner that exists. */
export const MIRRORS: Partial<Record<OtherName, Array<{ field: string; partner: CollectionName; back: string }>>> = {
  goals: [
    { field: 'contactIds', partner: 'contacts', back: 'goalIds' },
    { field: 'eventIds', partner: 'events', back: 'goalIds' },
  ],
  circles: [{ field: 'memberIds', partner: 'contacts', back: 'circleIds' }],
  events: [{ field: 'goalIds', partner: 'goals', back: 'eventIds' }],
};

type Check = [test: (value: unknown) => boolean, expected: string];

const text: Check = [(v) => typeof v === 'string', 'text'];
const texts: Check = [(v) => Array.isArray(v) && v.every((x) => typeof x === 'string'), 'a list of texts'];
const day: Check = [(v) => v === '' || isDay(v), 'a date (YYYY-MM-DD)'];
const energy: Check = [(v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 5, 'a whole number 1–5'];

/** Known fields with a shape; anything else is kept as it is (it may come from a newer Rapport). */
export const FIELD_CHECKS: Partial<Record<OtherName, Record<string, Check>>> = {
  events: {
    title: text,
    date: day,
    time: [(v) => typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v), 'a time (HH:MM)'],
    place: text,
    link: text,
    purpose: text,
    exitPlan: text,
    openers: texts,
    meetNames: texts,
    energyPlanned: energy,
    energySpent: energy,
    recordedAt: text,
  },
  reflections: {
    title: text,
    date: [(v) => isDay(v), 'a date (YYYY-MM-DD)'],
    kind: [(v) => (REFLECTION_KINDS as readonly unknown[]).includes(v), REFLECTION_KINDS.join(' or ')],
    energy,
    mood: text,
    tags: texts,
    promptId: text,
    promptText: text,
    promptGroup: text,
  },
  interactions: {
    energyCost: [(v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 5, 'a whole number 0–5'],
  },
};

export function checkField(name: OtherName, key: string, value: unknown): string | undefined {
  const check = FIELD_CHECKS[name]?.[key];
  if (check) return check[0](value) ? undefined : check[1];
  if (RICH[name].includes(key)) return typeof value === 'string' ? undefined : 'text';
  if (key in LINK_SETS) return texts[0](value) ? undefined : 'a list of ids';
  if (TEXT_SETS.has(key)) return texts[0](value) ? undefined : texts[1];
  if (key in LINK_ONE) return typeof value === 'string' && value !== '' ? undefined : 'an id';
  return undefined;
}
