// The Reflections list's filters: by tag, by prompt group, and by a linked person, event or goal. Pure, so the
// list derives what it shows (and what each filter can offer) from the live reflections alone.
import type { Reflection } from '@shared/schema';

export interface ReflectionQuery {
  tag: string;
  group: string;
  contactId: string;
  eventId: string;
  goalId: string;
}

export const NO_FILTER: ReflectionQuery = { tag: '', group: '', contactId: '', eventId: '', goalId: '' };

export function isFiltered(query: ReflectionQuery): boolean {
  return Object.values(query).some((value) => value !== '');
}

export function matches(reflection: Reflection, query: ReflectionQuery): boolean {
  return (
    (query.tag === '' || reflection.tags.includes(query.tag)) &&
    (query.group === '' || reflection.promptGroup === query.group) &&
    (query.contactId === '' || reflection.contactIds.includes(query.contactId)) &&
    (query.eventId === '' || reflection.eventIds.includes(query.eventId)) &&
    (query.goalId === '' || reflection.goalIds.includes(query.goalId))
  );
}

/** The reflections a query keeps, in the order given; the same array when nothing is filtered. */
export function applyQuery<T extends Reflection>(reflections: readonly T[], query: ReflectionQuery): readonly T[] {
  return isFiltered(query) ? reflections.filter((r) => matches(r, query)) : reflections;
}

export interface Facets {
  tags: string[];
  groups: Set<string>;
  contactIds: Set<string>;
  eventIds: Set<string>;
  goalIds: Set<string>;
}

/** What the filters can offer: only tags, groups and links some reflection actually has. */
export function facets(reflections: readonly Reflection[], locale: string): Facets {
  const tags = new Set<string>();
  const out: Facets = { tags: [], groups: new Set(), contactIds: new Set(), eventIds: new Set(), goalIds: new Set() };
  for (const r of reflections) {
    for (const tag of r.tags) tags.add(tag);
    if (r.promptGroup) out.groups.add(r.promptGroup);
    for (const id of r.contactIds) out.contactIds.add(id);
    for (const id of r.eventIds) out.eventIds.add(id);
    for (const id of r.goalIds) out.goalIds.add(id);
  }
  out.tags = [...tags].sort((a, b) => a.localeCompare(b, locale));
  return out;
}
