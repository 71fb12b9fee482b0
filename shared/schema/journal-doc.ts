// The only place that knows the Y.Doc's top-level layout. Everything else goes through these accessors
// (STYLE habit 5), so the layout can change behind a migration without touching components.
import * as Y from 'yjs';

/** Top-level maps, each keyed by entity id; values are nested Y.Maps so fields merge independently. */
export const COLLECTIONS = ['contacts', 'interactions', 'goals', 'events', 'circles', 'reflections', 'inbox'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** A stored entity: a Y.Map of field → value. Unknown fields are kept as they are (forward compatibility). */
export type EntityMap = Y.Map<unknown>;

export function collection(doc: Y.Doc, name: CollectionName): Y.Map<EntityMap> {
  return doc.getMap<EntityMap>(name);
}

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta');
}

export function settingsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('settings');
}

export interface JournalMeta {
  schemaVersion: number;
  journalId: string | undefined;
  epoch: number;
}

export function readMeta(doc: Y.Doc): JournalMeta {
  const meta = metaMap(doc);
  const version = meta.get('schemaVersion');
  const id = meta.get('journalId');
  const epoch = meta.get('epoch');
  return {
    schemaVersion: typeof version === 'number' ? version : 0,
    journalId: typeof id === 'string' ? id : undefined,
    epoch: typeof epoch === 'number' ? epoch : 0,
  };
}

export function counts(doc: Y.Doc): Record<CollectionName, number> {
  const result = {} as Record<CollectionName, number>;
  for (const name of COLLECTIONS) {
    let n = 0;
    collection(doc, name).forEach((entity) => {
      if (entity instanceof Y.Map && entity.get('deletedAt') === undefined) n += 1;
    });
    result[name] = n;
  }
  return result;
}
