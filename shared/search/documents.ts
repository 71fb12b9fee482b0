// What search sees of each entity: one flat document per live contact, interaction, reflection, event, goal,
// circle and inbox note, read through the schema accessors without writing anything (a replica in a worker
// must never change the journal by reading it).
import * as Y from 'yjs';
import {
  collection,
  readCircle,
  readContact,
  readEvent,
  readGoal,
  readInteraction,
  readReflection,
  richTextOf,
  type CollectionName,
  type EntityMap,
} from '../schema';
import { optStr, str } from '../schema/fields';

export const SEARCH_KINDS = ['contact', 'goal', 'event', 'reflection', 'circle', 'interaction', 'inbox'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const KIND_OF: Record<CollectionName, SearchKind> = {
  contacts: 'contact',
  interactions: 'interaction',
  goals: 'goal',
  events: 'event',
  circles: 'circle',
  reflections: 'reflection',
  inbox: 'inbox',
};

/** The indexed text in three tiers (name or title ranks over details, details over long text) and what a hit shows. */
export interface SearchDoc {
  /** `<collection>/<entity id>`: unique across kinds. */
  id: string;
  kind: SearchKind;
  entityId: string;
  title: string;
  meta: string;
  body: string;
  /** ISO timestamp of the last change: the tie-breaker, recent first. */
  updatedAt: string;
  /** Where a hit opens when the entity has no page of its own (an interaction opens its first person). */
  contactId?: string;
  /** The day it is about, when it has one (YYYY-MM-DD). */
  date?: string;
}

const lines = (...parts: (string | readonly string[])[]): string =>
  parts
    .flat()
    .filter((p) => p.trim() !== '')
    .join('\n');

const firstLine = (text: string): string => text.trim().split('\n')[0]?.trim() ?? '';

type Reader = (id: string, map: EntityMap) => Omit<SearchDoc, 'id' | 'kind' | 'entityId'>;

const READERS: Record<CollectionName, Reader> = {
  contacts(id, map) {
    const c = readContact(id, map);
    return {
      title: c.name,
      meta: lines(c.company, c.role, c.location, c.tags),
      body: lines(c.why, richTextOf(map, 'notes')),
      updatedAt: c.updatedAt || c.createdAt,
    };
  },
  interactions(id, map) {
    const i = readInteraction(id, map);
    return {
      title: i.summary || firstLine(i.notes),
      meta: '',
      body: i.notes,
      updatedAt: i.updatedAt,
      contactId: i.contactIds[0],
      date: i.date,
    };
  },
  reflections(id, map) {
    const r = readReflection(id, map);
    const body = richTextOf(map, 'body');
    return { title: r.title || firstLine(body), meta: lines(r.tags), body, updatedAt: r.updatedAt, date: r.date };
  },
  events(id, map) {
    const e = readEvent(id, map);
    return {
      title: e.title,
      meta: e.place,
      body: lines(e.purpose, e.openers),
      updatedAt: e.updatedAt || e.createdAt,
      date: e.date || undefined,
    };
  },
  goals(id, map) {
    const g = readGoal(id, map);
    return {
      title: g.title,
      meta: '',
      body: lines(
        g.why,
        richTextOf(map, 'strategy'),
        g.steps.map((s) => s.text),
      ),
      updatedAt: g.updatedAt || g.createdAt,
    };
  },
  circles(id, map) {
    const c = readCircle(id, map);
    return { title: c.name, meta: '', body: richTextOf(map, 'notes'), updatedAt: c.updatedAt || c.createdAt };
  },
  inbox(_id, map) {
    const text = str(map.get('text'));
    const createdAt = str(map.get('createdAt'));
    return { title: firstLine(text), meta: '', body: text, updatedAt: str(map.get('updatedAt'), createdAt) };
  },
};

export function docId(name: CollectionName, entityId: string): string {
  return `${name}/${entityId}`;
}

/** The search document for one entity, or undefined when it is gone or in the trash. */
export function documentFor(doc: Y.Doc, name: CollectionName, entityId: string): SearchDoc | undefined {
  const map = collection(doc, name).get(entityId);
  if (!(map instanceof Y.Map) || optStr(map.get('deletedAt')) !== undefined) return undefined;
  const fields = READERS[name](entityId, map);
  const out: SearchDoc = { id: docId(name, entityId), kind: KIND_OF[name], entityId, ...fields };
  if (out.contactId === undefined) delete out.contactId;
  if (out.date === undefined) delete out.date;
  return out;
}
