// The plumbing shared by the incremental stores (live contacts, last interactions): which entries of a
// top-level collection changed since the last read, and who to tell. Observed for the document's lifetime,
// so no change is missed between a render and its subscription.
import * as Y from 'yjs';

export class KeyedChanges {
  private readonly dirty = new Set<string>();
  private loaded = false;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly map: Y.Map<Y.Map<unknown>>) {
    map.observeDeep(this.onEvents);
  }

  private readonly onEvents = (events: Y.YEvent<Y.AbstractType<unknown>>[]): void => {
    for (const event of events) {
      if (event.target === this.map && event instanceof Y.YMapEvent) {
        for (const id of event.keysChanged) this.dirty.add(id);
      } else {
        // observeDeep paths start at the observed map, so the first step is the entry's id.
        const id = event.path[0];
        if (typeof id === 'string') this.dirty.add(id);
      }
    }
    for (const listener of this.listeners) listener();
  };

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Calls `load` for every entry on the first read, then only for changed ones; true when anything was loaded. */
  drain(load: (id: string, entry: unknown) => void): boolean {
    if (!this.loaded) {
      this.loaded = true;
      this.dirty.clear();
      this.map.forEach((entry, id) => load(id, entry));
      return true;
    }
    if (this.dirty.size === 0) return false;
    for (const id of this.dirty) load(id, this.map.get(id));
    this.dirty.clear();
    return true;
  }
}

/** One store per document, made on first use. */
export function perDocument<T>(make: (doc: Y.Doc) => T): (doc: Y.Doc) => T {
  const stores = new WeakMap<Y.Doc, T>();
  return (doc) => {
    let store = stores.get(doc);
    if (!store) {
      store = make(doc);
      stores.set(doc, store);
    }
    return store;
  };
}
