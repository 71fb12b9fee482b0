// Before a JSON import is applied: which ids links may point at, and the fields of each entity worth
// writing — junk values and links to nothing are left out, each with a warning for the preview.
import type * as Y from 'yjs';
import { COLLECTIONS, collection, type CollectionName } from '../schema/journal-doc';
import type { ImportPlan } from './plan-contacts';
import { checkField, LINK_ONE, LINK_SETS, type OtherName } from './json-entities';
import type { ImportProblemCode } from '../i18n/strings/import-problems';
import type { Params } from '../i18n/fill';

/** Ids a link may point at after the import: the journal's, and the file's own. */
export function knownIds(
  doc: Y.Doc,
  data: Record<string, unknown>,
  plan: ImportPlan,
  jsonContacts: Map<number, Record<string, unknown>>,
): (name: CollectionName, id: string) => boolean {
  const fromFile = new Map<CollectionName, Set<string>>();
  const contactLines = [...plan.added, ...plan.updated, ...plan.unchanged].map((c) => c.line);
  fromFile.set('contacts', new Set(contactLines.map((line) => String(jsonContacts.get(line)?.id))));
  for (const name of COLLECTIONS) {
    const list = name === 'contacts' ? [] : ((data[name] as Array<{ id: string }> | undefined) ?? []);
    if (name !== 'contacts') fromFile.set(name, new Set(list.map((item) => item.id)));
  }
  return (name, id) => collection(doc, name).has(id) || fromFile.get(name)!.has(id);
}

/** The fields worth writing: junk values and links to nothing are left out, each with a warning. */
export function cleanFields(
  name: OtherName,
  item: Record<string, unknown> & { id: string },
  known: (name: CollectionName, id: string) => boolean,
  warn: (code: ImportProblemCode, params: Params) => void,
): Record<string, unknown> {
  const label = { entity: name.replace(/s$/, ''), title: String(item.title ?? item.name ?? item.id) };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (value === null || value === undefined) continue;
    const expected = checkField(name, key, value);
    if (expected) {
      warn('jsonWrongType', { ...label, key, expected });
      continue;
    }
    const target = LINK_SETS[key] ?? LINK_ONE[key];
    if (target && key in LINK_SETS) {
      const ids = value as string[];
      const kept = ids.filter((id) => known(target, id));
      if (kept.length < ids.length) warn('jsonLinksToNothing', { ...label, count: ids.length - kept.length, key });
      fields[key] = kept;
    } else if (target && !known(target, value as string)) {
      warn('jsonLinkToNothing', { ...label, key });
    } else {
      fields[key] = value;
    }
  }
  return fields;
}
