// Sets of ids (goal ↔ contact links, circle members, who took part in an interaction). Each member is its
// own key, `<field>:<id>` → true, on the entity's Y.Map: two devices adding different ids both keep theirs,
// where a stored array would be last-writer-wins, and no nested type has to be created first (two devices
// creating the same nested type concurrently would lose one of them).
import type { EntityMap } from './journal-doc';

function prefix(field: string): string {
  return `${field}:`;
}

/** Members in id order, so every replica lists them the same way. Tolerates any truthy value. */
export function readIds(map: EntityMap, field: string): string[] {
  const p = prefix(field);
  const ids: string[] = [];
  for (const [key, value] of map.entries()) {
    if (key.startsWith(p) && key.length > p.length && value !== false && value !== null && value !== undefined) {
      ids.push(key.slice(p.length));
    }
  }
  return ids.sort();
}

/**
 * Several sets of one entity in one pass over its keys (an entity's keys are iterated once, not once per
 * set: at 10,000 contacts that pass is most of reading them). Each list in id order, as `readIds`.
 */
export function readIdSets<F extends string>(map: EntityMap, fields: readonly F[]): Record<F, string[]> {
  const sets = {} as Record<F, string[]>;
  const prefixes = fields.map(prefix);
  for (const field of fields) sets[field] = [];
  for (const key of map.keys()) {
    const colon = key.indexOf(':');
    if (colon < 1 || colon === key.length - 1) continue;
    const at = prefixes.indexOf(key.slice(0, colon + 1));
    if (at < 0) continue;
    const value = map.get(key);
    if (value !== false && value !== null && value !== undefined) sets[fields[at] as F].push(key.slice(colon + 1));
  }
  for (const field of fields) sets[field].sort();
  return sets;
}

export function hasId(map: EntityMap, field: string, id: string): boolean {
  const value = map.get(prefix(field) + id);
  return value !== undefined && value !== false && value !== null;
}

/** Returns whether the set changed. */
export function addId(map: EntityMap, field: string, id: string): boolean {
  if (hasId(map, field, id)) return false;
  map.set(prefix(field) + id, true);
  return true;
}

/** Returns whether the set changed. */
export function removeId(map: EntityMap, field: string, id: string): boolean {
  if (!map.has(prefix(field) + id)) return false;
  map.delete(prefix(field) + id);
  return true;
}

/** Makes the set equal to `ids`, touching only the members that differ (so concurrent changes merge). */
export function replaceIds(
  map: EntityMap,
  field: string,
  ids: readonly string[],
): { added: string[]; removed: string[] } {
  const wanted = new Set(ids);
  const current = readIds(map, field);
  const removed = current.filter((id) => !wanted.has(id));
  const added = [...wanted].filter((id) => !hasId(map, field, id));
  for (const id of removed) removeId(map, field, id);
  for (const id of added) addId(map, field, id);
  return { added, removed };
}
