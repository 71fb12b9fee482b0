// Typed access to contacts. A contact is a Y.Map inside the `contacts` collection so that two devices
// editing different fields of the same person both keep their edit.
import * as Y from 'yjs';
import { collection, type EntityMap } from './journal-doc';
import { newId } from './ids';
import { num, oneOf, optStr, str, strList } from './fields';

export const STAGES = ['identified', 'reached-out', 'in-touch', 'relationship', 'paused', 'dormant'] as const;
export type Stage = (typeof STAGES)[number];

export const SOURCES = ['manual', 'linkedin', 'event', 'colleague', 'circle', 'vcard'] as const;
export type Source = (typeof SOURCES)[number];

export interface Contact {
  id: string;
  name: string;
  company: string;
  role: string;
  location: string;
  linkedinUrl: string;
  emails: string[];
  phones: string[];
  stage: Stage;
  source: Source;
  why: string;
  tags: string[];
  connectedOn: string | undefined;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | undefined;
}

export type ContactInput = Partial<Omit<Contact, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>> & {
  name: string;
};

/** Fields a caller may write; anything else in the Y.Map (from a newer version) is left alone. */
const WRITABLE: readonly (keyof ContactInput)[] = [
  'name', 'company', 'role', 'location', 'linkedinUrl', 'emails', 'phones', 'stage', 'source', 'why', 'tags', 'connectedOn',
];

export function contactsMap(doc: Y.Doc): Y.Map<EntityMap> {
  return collection(doc, 'contacts');
}

export function readContact(id: string, map: EntityMap): Contact {
  return {
    id,
    name: str(map.get('name')),
    company: str(map.get('company')),
    role: str(map.get('role')),
    location: str(map.get('location')),
    linkedinUrl: str(map.get('linkedinUrl')),
    emails: strList(map.get('emails')),
    phones: strList(map.get('phones')),
    stage: oneOf(map.get('stage'), STAGES, 'identified'),
    source: oneOf(map.get('source'), SOURCES, 'manual'),
    why: str(map.get('why')),
    tags: strList(map.get('tags')),
    connectedOn: optStr(map.get('connectedOn')),
    createdAt: str(map.get('createdAt')),
    updatedAt: str(map.get('updatedAt')),
    deletedAt: optStr(map.get('deletedAt')),
  };
}

function writeFields(map: EntityMap, input: Partial<ContactInput>): void {
  for (const key of WRITABLE) {
    const value = input[key];
    if (value === undefined) continue;
    map.set(key, Array.isArray(value) ? [...value] : value);
  }
}

export function createContact(doc: Y.Doc, input: ContactInput, now: Date = new Date()): string {
  const id = newId();
  const map = new Y.Map<unknown>();
  doc.transact(() => {
    contactsMap(doc).set(id, map);
    const stamp = now.toISOString();
    writeFields(map, { stage: 'identified', source: 'manual', ...input, name: input.name.trim() });
    map.set('createdAt', stamp);
    map.set('updatedAt', stamp);
  });
  return id;
}

export function updateContact(doc: Y.Doc, id: string, patch: Partial<ContactInput>, now: Date = new Date()): void {
  const map = contactsMap(doc).get(id);
  if (!(map instanceof Y.Map)) throw new Error(`No contact with id ${id}`);
  doc.transact(() => {
    writeFields(map, patch);
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
  return list.sort((a, b) => collator.compare(a.name, b.name) || num(a.createdAt.localeCompare(b.createdAt)));
}
