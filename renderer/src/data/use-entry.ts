// The stored record of one contact, goal or circle, or undefined when there is none (a wrong id, or purged).
// Re-renders only when the record appears or disappears; its fields are read by narrower hooks.
import * as Y from 'yjs';
import type { EntityMap } from '@shared/schema';
import { useYSnapshot } from './use-collection';

export function useEntry(collection: Y.Map<EntityMap>, id: string): EntityMap | undefined {
  return useYSnapshot(collection, () => {
    const entry = collection.get(id);
    return entry instanceof Y.Map ? entry : undefined;
  });
}
