// Finding one stored entity by collection and id, shared by every accessor that writes across collections
// (links, trash, merge) so "not found" reads the same everywhere.
import * as Y from 'yjs';
import { collection, type CollectionName, type EntityMap } from './journal-doc';
import { optStr } from './fields';

const SINGULAR: Record<CollectionName, string> = {
  contacts: 'contact',
  interactions: 'interaction',
  goals: 'goal',
  events: 'event',
  circles: 'circle',
  reflections: 'reflection',
  inbox: 'inbox note',
};

export function findEntity(doc: Y.Doc, name: CollectionName, id: string): EntityMap | undefined {
  const map = collection(doc, name).get(id);
  return map instanceof Y.Map ? map : undefined;
}

export function requireEntity(doc: Y.Doc, name: CollectionName, id: string): EntityMap {
  const map = findEntity(doc, name, id);
  if (!map) throw new Error(`No ${SINGULAR[name]} with id ${id}`);
  return map;
}

/** Every entity of a collection, trashed ones included; callers filter with isLive when they must. */
export function eachEntity(doc: Y.Doc, name: CollectionName, visit: (map: EntityMap, id: string) => void): void {
  collection(doc, name).forEach((map, id) => {
    if (map instanceof Y.Map) visit(map, id);
  });
}

export function isLive(map: EntityMap): boolean {
  return optStr(map.get('deletedAt')) === undefined;
}

export function touch(map: EntityMap, now: Date): void {
  map.set('updatedAt', now.toISOString());
}
