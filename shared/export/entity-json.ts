// Turns any stored entity (a Y.Map) into plain JSON: rich-text fragments become plain text, nested Yjs
// types become JSON. Generic on purpose, so fields added later (or by a newer version) still export.
import * as Y from 'yjs';
import { plainText } from '../schema/rich-text';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * Plain text of a rich-text fragment, one line per block, a line break inside a paragraph kept as a line
 * break (schema/rich-text.ts plainText, so every export and search reads rich text the same way).
 */
export function fragmentText(node: Y.XmlFragment): string {
  return plainText(node);
}

export function toJsonValue(value: unknown): JsonValue {
  if (value instanceof Y.XmlFragment) return fragmentText(value);
  if (value instanceof Y.Text) return value.toString();
  if (value instanceof Y.Map || value instanceof Y.Array) return toJsonValue(value.toJSON());
  if (value instanceof Uint8Array) return null;
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value === null || value === undefined) return null;
  if (typeof value === 'object') {
    const out: { [key: string]: JsonValue } = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toJsonValue(v);
    return out;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return null;
}

export type EntityJson = { [key: string]: JsonValue } & { id: string };

/**
 * Sets are stored one key per member (`contactIds:<id>` → true, see schema/id-set.ts); JSON gets arrays.
 * Besides id sets (`…Ids`), an event's people to meet who are not contacts yet are a set of names (`meetNames`).
 */
export const ID_SET_KEY = /^([A-Za-z]+(?:Ids|Names)):(.+)$/s;

export function entityToJson(id: string, map: Y.Map<unknown>): EntityJson {
  const out: EntityJson = { id };
  const sets = new Map<string, string[]>();
  for (const [key, value] of map.entries()) {
    const member = ID_SET_KEY.exec(key);
    if (member) {
      if (value !== false && value !== null && value !== undefined)
        sets.set(member[1]!, [...(sets.get(member[1]!) ?? []), member[2]!]);
      continue;
    }
    out[key] = toJsonValue(value);
  }
  for (const [field, ids] of sets) out[field] = ids.sort();
  return out;
}
