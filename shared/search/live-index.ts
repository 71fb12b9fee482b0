// Keeps a SearchIndex in step with a Y.Doc: built once, then each transaction re-indexes only the entities
// it touched (found from observeDeep's event paths), never the whole journal per keystroke.
import type * as Y from 'yjs';
import { COLLECTIONS, collection, type CollectionName, type EntityMap } from '../schema';
import { docId, documentFor, type SearchDoc } from './documents';
import { SearchIndex } from './search-index';

/** An index of everything live in `doc`, built from scratch (the reference the live index must equal). */
export function buildIndex(doc: Y.Doc): SearchIndex {
  const index = new SearchIndex();
  const docs: SearchDoc[] = [];
  for (const name of COLLECTIONS) {
    collection(doc, name).forEach((_map, id) => {
      const found = documentFor(doc, name, id);
      if (found) docs.push(found);
    });
  }
  index.addAll(docs);
  return index;
}

/** The entity ids a transaction's events touched in one collection. */
function touchedIds(top: Y.Map<EntityMap>, events: Y.YEvent<Y.AbstractType<unknown>>[]): Set<string> {
  const ids = new Set<string>();
  for (const event of events) {
    if (event.target === top) event.changes.keys.forEach((_change, key) => ids.add(key));
    else if (typeof event.path[0] === 'string') ids.add(event.path[0]);
  }
  return ids;
}

export class LiveSearchIndex {
  readonly index: SearchIndex;
  /** How many entities have been re-indexed since the build (tests check an edit touches only its own). */
  reindexed = 0;
  private readonly stops: (() => void)[] = [];

  constructor(private readonly doc: Y.Doc) {
    this.index = buildIndex(doc);
    for (const name of COLLECTIONS) {
      const top = collection(doc, name);
      const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]): void =>
        this.refresh(name, touchedIds(top, events));
      top.observeDeep(observer);
      this.stops.push(() => top.unobserveDeep(observer));
    }
  }

  private refresh(name: CollectionName, ids: Set<string>): void {
    for (const id of ids) {
      this.index.put(docId(name, id), documentFor(this.doc, name, id));
      this.reindexed += 1;
    }
  }

  destroy(): void {
    this.stops.forEach((stop) => stop());
    this.stops.length = 0;
  }
}
