// The first paint's journal (issue 10): a small copy of the journal holding what Today and People show, so a
// window can paint real rows before the whole journal has loaded. Same ids, fields and layout as the journal
// (the views read it through the same accessors); left out: rich text, trashed entities, older interactions
// and reflections, empty values, and the fields of a person no list shows. Never merged into anything: the window drops it once its replica has loaded.
import * as Y from 'yjs';
import { addDays, COLLECTIONS, collection, isDay, metaMap, settingsMap, type CollectionName } from '@shared/schema';

/** Interactions and reflections this many days before `today` are kept: the weeks Today counts, and more. */
export const THIN_DAYS = 21;

type Keep = (map: Y.Map<unknown>) => boolean;

const CONTACT_KEY = 'contactIds:';

function isLive(map: Y.Map<unknown>): boolean {
  return map.get('deletedAt') === undefined;
}

function recentOrUndated(since: string): Keep {
  return (map) => {
    const date = map.get('date');
    return !isDay(date) || date >= since;
  };
}

/** The newest interaction of each person, so People and "losing touch" show the same last contact. */
function newestPerPerson(interactions: Y.Map<Y.Map<unknown>>): Set<Y.Map<unknown>> {
  const newest = new Map<string, { date: string; map: Y.Map<unknown> }>();
  interactions.forEach((map) => {
    if (!(map instanceof Y.Map) || !isLive(map)) return;
    const date = map.get('date');
    const day = isDay(date) ? date : '';
    for (const [key, value] of map.entries()) {
      if (!key.startsWith(CONTACT_KEY) || !value) continue;
      const person = key.slice(CONTACT_KEY.length);
      const seen = newest.get(person);
      if (!seen || day > seen.date) newest.set(person, { date: day, map });
    }
  });
  return new Set([...newest.values()].map((entry) => entry.map));
}

/** An older interaction counts only as someone's last contact: its day and who took part. */
function copyLastContact(from: Y.Map<unknown>): Y.Map<unknown> {
  const to = new Y.Map<unknown>();
  const dated = isDay(from.get('date'));
  for (const [key, value] of from.entries()) {
    if (key === 'date' || (key === 'createdAt' && !dated) || key.startsWith(CONTACT_KEY)) to.set(key, value);
  }
  return to;
}

/**
 * A person's fields no list shows (People, Today and their sorting and filters read everything else). At
 * 10,000 people every field left out is 10,000 fewer values for the window to decode before it paints.
 */
export const UNLISTED_CONTACT_FIELDS: readonly string[] = ['source', 'updatedAt'];

/** A value every accessor reads as if it were absent: an empty text or list. */
function readsAsAbsent(value: unknown): boolean {
  return value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * Copies an entity's fields but those left out: rich text (a fragment or text: the bulk of a journal, and
 * no list shows it), values that read as absent, and `unlisted`.
 */
function copyEntity(from: Y.Map<unknown>, unlisted: readonly string[] = []): Y.Map<unknown> {
  const to = new Y.Map<unknown>();
  for (const [key, value] of from.entries()) {
    if (value instanceof Y.XmlFragment || value instanceof Y.Text) continue;
    if (readsAsAbsent(value) || unlisted.includes(key)) continue;
    to.set(key, value instanceof Y.AbstractType ? value.clone() : value);
  }
  return to;
}

function copyPlain(from: Y.Map<unknown>, to: Y.Map<unknown>): void {
  for (const [key, value] of from.entries()) to.set(key, value instanceof Y.AbstractType ? value.clone() : value);
}

/** The first paint's journal of `doc` as it is now, `today` being the day it is made (YYYY-MM-DD). */
export function thinJournal(doc: Y.Doc, today: string): Y.Doc {
  const since = addDays(today, -THIN_DAYS);
  const recent = recentOrUndated(since);
  const newest = newestPerPerson(collection(doc, 'interactions'));
  const keep: Record<CollectionName, Keep> = {
    contacts: () => true,
    goals: () => true,
    events: () => true,
    circles: () => true,
    inbox: () => true,
    interactions: (map) => newest.has(map) || recent(map),
    reflections: recent,
  };
  const copy = (name: CollectionName, map: Y.Map<unknown>): Y.Map<unknown> => {
    if (name === 'interactions' && !recent(map)) return copyLastContact(map);
    return copyEntity(map, name === 'contacts' ? UNLISTED_CONTACT_FIELDS : []);
  };
  const thin = new Y.Doc();
  thin.transact(() => {
    copyPlain(metaMap(doc), metaMap(thin));
    copyPlain(settingsMap(doc), settingsMap(thin));
    for (const name of COLLECTIONS) {
      const target = collection(thin, name);
      collection(doc, name).forEach((map, id) => {
        if (map instanceof Y.Map && isLive(map) && keep[name](map)) target.set(id, copy(name, map));
      });
    }
  });
  return thin;
}
