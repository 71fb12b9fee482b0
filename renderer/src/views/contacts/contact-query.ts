// What the People list shows: contacts filtered by name, stage, tag, goal and circle, sorted by name, last
// interaction or next-step due date. Pure, so it is tested with plain arrays and kept fast for 10,000 people.
import { foldText, type Contact, type Stage } from '@shared/schema';
import { fold } from '@shared/search';

export const SORTS = ['name', 'lastInteraction', 'nextStep'] as const;
export type SortKey = (typeof SORTS)[number];

/** '' means "any" for every filter. */
export interface ContactQuery {
  stage: Stage | '';
  tag: string;
  goalId: string;
  circleId: string;
  /** Text the name must contain, each word of it, ignoring case and accents (search's own folding). */
  name: string;
  sort: SortKey;
}

export const DEFAULT_QUERY: ContactQuery = { stage: '', tag: '', goalId: '', circleId: '', name: '', sort: 'name' };

export function isFiltered(query: ContactQuery): boolean {
  return (
    query.stage !== '' || query.tag !== '' || query.goalId !== '' || query.circleId !== '' || query.name.trim() !== ''
  );
}

/** A remembered goal or circle filter whose goal or circle is gone (trashed, merged) no longer filters. */
export function withoutMissing(
  query: ContactQuery,
  goalIds: ReadonlySet<string>,
  circleIds: ReadonlySet<string>,
): ContactQuery {
  const goalId = query.goalId !== '' && !goalIds.has(query.goalId) ? '' : query.goalId;
  const circleId = query.circleId !== '' && !circleIds.has(query.circleId) ? '' : query.circleId;
  return goalId === query.goalId && circleId === query.circleId ? query : { ...query, goalId, circleId };
}

export function clearFilters(query: ContactQuery): ContactQuery {
  return { ...DEFAULT_QUERY, sort: query.sort };
}

/** Folded names, kept per contact object: the live list keeps an unchanged contact's identity. */
const foldedNames = new WeakMap<Contact, string>();
function foldedName(contact: Contact): string {
  let name = foldedNames.get(contact);
  if (name === undefined) {
    name = fold(contact.name);
    foldedNames.set(contact, name);
  }
  return name;
}

function matches(contact: Contact, query: ContactQuery, tag: string, words: readonly string[]): boolean {
  if (words.length > 0) {
    const name = foldedName(contact);
    if (!words.every((w) => name.includes(w))) return false;
  }
  if (query.stage !== '' && contact.stage !== query.stage) return false;
  if (query.goalId !== '' && !contact.goalIds.includes(query.goalId)) return false;
  if (query.circleId !== '' && !contact.circleIds.includes(query.circleId)) return false;
  if (tag !== '' && !contact.tags.some((t) => foldText(t) === tag)) return false;
  return true;
}

/**
 * Filters, then sorts. Name order uses the UI language's collation (Å after Z in Swedish). Last interaction
 * is newest first; next step is soonest first. People without that date come after those with one, by name.
 */
export function queryContacts(
  contacts: readonly Contact[],
  query: ContactQuery,
  lastInteraction: ReadonlyMap<string, string>,
  locale: string,
): Contact[] {
  const tag = foldText(query.tag);
  const words = fold(query.name).split(/\s+/).filter(Boolean);
  const shown = contacts.filter((c) => matches(c, query, tag, words));
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  // Each row's sort date is looked up once, not on every comparison.
  const rows = shown.map((contact) => ({ contact, date: dateFor(contact, query.sort, lastInteraction) }));
  const byName = (a: Contact, b: Contact): number =>
    collator.compare(a.name, b.name) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
  rows.sort((a, b) => {
    if (a.date !== b.date) {
      if (a.date === '') return 1;
      if (b.date === '') return -1;
      const order = a.date < b.date ? -1 : 1;
      return query.sort === 'lastInteraction' ? -order : order;
    }
    return byName(a.contact, b.contact);
  });
  return rows.map((row) => row.contact);
}

function dateFor(contact: Contact, sort: SortKey, lastInteraction: ReadonlyMap<string, string>): string {
  if (sort === 'lastInteraction') return lastInteraction.get(contact.id) ?? '';
  if (sort === 'nextStep') return contact.nextStep?.due ?? '';
  return '';
}

/** Every tag in use, once each whatever its case or accents (the first spelling wins), in name order. */
export function tagsInUse(contacts: readonly Contact[], locale: string): string[] {
  const seen = new Map<string, string>();
  for (const contact of contacts) {
    for (const tag of contact.tags) {
      const key = foldText(tag);
      if (key !== '' && !seen.has(key)) seen.set(key, tag.trim());
    }
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...seen.values()].sort(collator.compare);
}
