// The last interaction day of every contact, kept up to date incrementally for the People list: logging or
// editing one interaction re-reads that one, not all 20,000 (lastInteractionDates would, in about 200 ms).
import * as Y from 'yjs';
import { interactionsMap, lastDaysByContact, readInteractionDay, type InteractionDay } from '@shared/schema';

export class LiveLastInteractions {
  private readonly days = new Map<string, InteractionDay>();
  private readonly dirty = new Set<string>();
  private loaded = false;
  private snapshot: ReadonlyMap<string, string> = new Map();
  private readonly listeners = new Set<() => void>();
  private readonly map: Y.Map<Y.Map<unknown>>;

  constructor(doc: Y.Doc) {
    this.map = interactionsMap(doc);
    // Observed for the document's lifetime, like LiveContacts, so nothing is missed between render and subscribe.
    this.map.observeDeep(this.onEvents);
  }

  private readonly onEvents = (events: Y.YEvent<Y.AbstractType<unknown>>[]): void => {
    for (const event of events) {
      if (event.target === this.map && event instanceof Y.YMapEvent) {
        for (const id of event.keysChanged) this.dirty.add(id);
      } else {
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

  /** Contact id → the newest day (YYYY-MM-DD) of a live interaction with them; the same Map until something changes. */
  getSnapshot = (): ReadonlyMap<string, string> => {
    if (!this.loaded) {
      this.loaded = true;
      this.dirty.clear();
      this.map.forEach((entry, id) => this.load(id, entry));
    } else if (this.dirty.size > 0) {
      for (const id of this.dirty) this.load(id, this.map.get(id));
      this.dirty.clear();
    } else {
      return this.snapshot;
    }
    this.snapshot = lastDaysByContact(this.days.values());
    return this.snapshot;
  };

  private load(id: string, entry: unknown): void {
    if (entry instanceof Y.Map) this.days.set(id, readInteractionDay(entry));
    else this.days.delete(id);
  }
}

const stores = new WeakMap<Y.Doc, LiveLastInteractions>();

export function liveLastInteractionsFor(doc: Y.Doc): LiveLastInteractions {
  let store = stores.get(doc);
  if (!store) {
    store = new LiveLastInteractions(doc);
    stores.set(doc, store);
  }
  return store;
}
