// Typed access to contacts. A contact is a Y.Map inside the `contacts` collection so that two devices
// editing different fields of the same person both keep their edit.
import * as Y from 'yjs';
import { collection, type EntityMap } from './journal-doc';
import { newId } from './ids';
import { oneOf, optDay, optStr, str, strList } from './fields';
import { localDay } from './dates';
import { readIdSets } from './id-set';
import { CONTACT_CIRCLE, CONTACT_GOAL, replaceLinks } from './links';
import { ensureFragment } from './rich-text';
import { readCadence, readNextStep, storedValue, type Cadence, type NextStep } from './contact-fields';
import { requireEntity } from './entity';

export const STAGES = ['identified', 'reached-out', 'in-touch', 'relationship', 'paused', 'dormant'] as const;
export type Stage = (typeof STAGES)[number];

export const SOURCES = ['manual', 'linkedin', 'event', 'colleague', 'circle', 'vcard'] as const;
export type Source = (typeof SOURCES)[number];

/** Leaving 'identified' for one of these is "reaching out" (the weekly challenge counts it). */
const REACHED: readonly Stage[] = ['reached-out', 'in-touch', 'relationship'];

export interface Contact {
  id: string;
  name: string;
  company: string;
  role: string;
  location: string;
  linkedinUrl: string;
  otherLinks: string[];
  emails: string[];
  phones: string[];
  stage: Stage;
  source: Source;
  why: string;
  tags: string[];
  goalIds: string[];
  circleIds: string[];
  nextStep: NextStep | undefined;
  cadence: Cadence | undefined;
  /** Reminders are quiet while this day is in the future (YYYY-MM-DD). */
  snoozedUntil: string | undefined;
  /** The day the stage first left 'identified' for an outreach stage; set by the accessors, never by input. */
  reachedOutOn: string | undefined;
  /** The last day the stage of an existing contact changed (the weekly review counts moves); set by the accessors. */
  stageChangedOn: string | undefined;
  connectedOn: string | undefined;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | undefined;
}

/** Optional fields that a patch clears by passing null (undefined means "leave as it is"). */
type Clearable = 'connectedOn' | 'nextStep' | 'cadence' | 'snoozedUntil';
type Derived = 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'reachedOutOn' | 'stageChangedOn';

export type ContactInput = Partial<Omit<Contact, Derived | Clearable>> & { [K in Clearable]?: Contact[K] | null } & {
  name: string;
};

/** Fields a caller may write; anything else in the Y.Map (from a newer version) is left alone. */
const WRITABLE: readonly (keyof ContactInput)[] = [
  'name',
  'company',
  'role',
  'location',
  'linkedinUrl',
  'otherLinks',
  'emails',
  'phones',
  'stage',
  'source',
  'why',
  'tags',
  'connectedOn',
  'nextStep',
  'cadence',
  'snoozedUntil',
];

const CONTACT_SETS = ['goalIds', 'circleIds'] as const;

export function contactsMap(doc: Y.Doc): Y.Map<EntityMap> {
  return collection(doc, 'contacts');
}

export function readContact(id: string, map: EntityMap): Contact {
  const { goalIds, circleIds } = readIdSets(map, CONTACT_SETS);
  return {
    id,
    name: str(map.get('name')),
    company: str(map.get('company')),
    role: str(map.get('role')),
    location: str(map.get('location')),
    linkedinUrl: str(map.get('linkedinUrl')),
    otherLinks: strList(map.get('otherLinks')),
    emails: strList(map.get('emails')),
    phones: strList(map.get('phones')),
    stage: oneOf(map.get('stage'), STAGES, 'identified'),
    source: oneOf(map.get('source'), SOURCES, 'manual'),
    why: str(map.get('why')),
    tags: strList(map.get('tags')),
    goalIds,
    circleIds,
    nextStep: readNextStep(map.get('nextStep')),
    cadence: readCadence(map.get('cadence')),
    snoozedUntil: optDay(map.get('snoozedUntil')),
    reachedOutOn: optDay(map.get('reachedOutOn')),
    stageChangedOn: optDay(map.get('stageChangedOn')),
    connectedOn: optStr(map.get('connectedOn')),
    createdAt: str(map.get('createdAt')),
    updatedAt: str(map.get('updatedAt')),
    deletedAt: optStr(map.get('deletedAt')),
  };
}

/**
 * Converts every field to its stored form and checks linked ids, so a bad value throws before anything
 * is written (a Yjs transaction cannot be rolled back).
 */
function prepare(doc: Y.Doc, input: Partial<ContactInput>): [string, unknown][] {
  input.goalIds?.forEach((g) => requireEntity(doc, 'goals', g));
  input.circleIds?.forEach((c) => requireEntity(doc, 'circles', c));
  return WRITABLE.filter((key) => input[key] !== undefined).map((key) => [key, storedValue(key, input[key])]);
}

function writeFields(doc: Y.Doc, id: string, map: EntityMap, input: Partial<ContactInput>, now: Date): void {
  const values = prepare(doc, input);
  doc.transact(() => {
    // Only a change of an existing contact counts (as reaching out, as a move), not creating one further along.
    // A stored stage this version cannot read counts as 'identified', as readContact shows it.
    const existing = map.has('createdAt') || map.has('stage');
    const before = oneOf(map.get('stage'), STAGES, 'identified');
    if (input.stage && existing && before !== input.stage) {
      if (REACHED.includes(input.stage) && before === 'identified' && !optDay(map.get('reachedOutOn')))
        map.set('reachedOutOn', localDay(now));
      map.set('stageChangedOn', localDay(now));
    }
    for (const [key, value] of values) {
      if (value === null) map.delete(key);
      else map.set(key, value);
    }
    if (input.goalIds) replaceLinks(doc, CONTACT_GOAL, 'a', id, input.goalIds, now);
    if (input.circleIds) replaceLinks(doc, CONTACT_CIRCLE, 'a', id, input.circleIds, now);
  });
}

export function createContact(doc: Y.Doc, input: ContactInput, now: Date = new Date()): string {
  const id = newId();
  const map = new Y.Map<unknown>();
  const fields: ContactInput = { stage: 'identified', source: 'manual', ...input, name: input.name.trim() };
  prepare(doc, fields); // throws before the contact exists
  doc.transact(() => {
    contactsMap(doc).set(id, map);
    const stamp = now.toISOString();
    writeFields(doc, id, map, fields, now);
    // Created now rather than on first use: see ensureFragment for the concurrent-creation race.
    ensureFragment(map, 'notes');
    ensureFragment(map, 'draft');
    map.set('createdAt', stamp);
    map.set('updatedAt', stamp);
  });
  return id;
}

export function updateContact(doc: Y.Doc, id: string, patch: Partial<ContactInput>, now: Date = new Date()): void {
  const map = contactsMap(doc).get(id);
  if (!(map instanceof Y.Map)) throw new Error(`No contact with id ${id}`);
  doc.transact(() => {
    writeFields(doc, id, map, patch, now);
    map.set('updatedAt', now.toISOString());
  });
}

export function getContact(doc: Y.Doc, id: string): Contact | undefined {
  const map = contactsMap(doc).get(id);
  return map instanceof Y.Map ? readContact(id, map) : undefined;
}

/** Live (not trashed) contacts, sorted by name in the given locale. */
export function listContacts(doc: Y.Doc, locale = 'en'): Contact[] {
  const list: Contact[] = [];
  contactsMap(doc).forEach((map, id) => {
    if (!(map instanceof Y.Map)) return;
    const contact = readContact(id, map);
    if (!contact.deletedAt) list.push(contact);
  });
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return list.sort((a, b) => collator.compare(a.name, b.name) || a.createdAt.localeCompare(b.createdAt));
}
