// Live contacts for the big views (People list, pipeline board), kept up to date incrementally: an edit re-reads
// only the contacts it touched, and every other Contact keeps its identity, so memoised rows skip re-rendering.
// With 10,000 people a full re-read on every keystroke or stage move would be felt; this is not.
import * as Y from 'yjs';
import { contactsMap, readContact, type Contact } from '@shared/schema';

export class LiveContacts {
  private readonly cache = new Map<string, Contact>();
  private readonly dirty = new Set<string>();
  private loaded = false;
  private snapshot: readonly Contact[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly map: Y.Map<Y.Map<unknown>>;

  constructor(doc: Y.Doc) {
    this.map = contactsMap(doc);
    // Observed for the document's lifetime (the store lives exactly as long, see liveContactsFor), so no
    // change is missed between a render and its subscription.
    this.map.observeDeep(this.onEvents);
  }

  private readonly onEvents = (events: Y.YEvent<Y.AbstractType<unknown>>[]): void => {
    for (const event of events) {
      if (event.target === this.map && event instanceof Y.YMapEvent) {
        for (const id of event.keysChanged) this.dirty.add(id);
      } else {
        // observeDeep paths start at the observed map, so the first step is the contact's id.
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

  /** Live (not trashed) contacts in no particular order; the same array until something changes. */
  getSnapshot = (): readonly Contact[] => {
    if (!this.loaded) {
      this.loaded = true;
      this.dirty.clear();
      this.map.forEach((entry, id) => this.load(id, entry));
      this.snapshot = [...this.cache.values()];
    } else if (this.dirty.size > 0) {
      for (const id of this.dirty) this.load(id, this.map.get(id));
      this.dirty.clear();
      this.snapshot = [...this.cache.values()];
    }
    return this.snapshot;
  };

  private load(id: string, entry: unknown): void {
    const contact = entry instanceof Y.Map ? readContact(id, entry) : undefined;
    if (contact && !contact.deletedAt) this.cache.set(id, contact);
    else this.cache.delete(id);
  }
}

const stores = new WeakMap<Y.Doc, LiveContacts>();

/** One store per document, shared by every view that lists contacts. */
export function liveContactsFor(doc: Y.Doc): LiveContacts {
  let store = stores.get(doc);
  if (!store) {
    store = new LiveContacts(doc);
    stores.set(doc, store);
  }
  return store;
}
