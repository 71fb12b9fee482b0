// Live contacts for the big views (People list, pipeline board), kept up to date incrementally: an edit re-reads
// only the contacts it touched, and every other Contact keeps its identity, so memoised rows skip re-rendering.
// With 10,000 people a full re-read on every keystroke or stage move would be felt; this is not.
import * as Y from 'yjs';
import { contactsMap, readContact, type Contact } from '@shared/schema';
import { KeyedChanges, perDocument } from './keyed-changes';

export class LiveContacts {
  private readonly cache = new Map<string, Contact>();
  private snapshot: readonly Contact[] = [];
  private readonly changes: KeyedChanges;

  constructor(doc: Y.Doc) {
    this.changes = new KeyedChanges(contactsMap(doc));
  }

  subscribe = (listener: () => void): (() => void) => this.changes.subscribe(listener);

  /** Live (not trashed) contacts in no particular order; the same array until something changes. */
  getSnapshot = (): readonly Contact[] => {
    if (this.changes.drain(this.load)) this.snapshot = [...this.cache.values()];
    return this.snapshot;
  };

  private readonly load = (id: string, entry: unknown): void => {
    const contact = entry instanceof Y.Map ? readContact(id, entry) : undefined;
    if (contact && !contact.deletedAt) this.cache.set(id, contact);
    else this.cache.delete(id);
  };
}

/** One store per document, shared by every view that lists contacts. */
export const liveContactsFor = perDocument((doc) => new LiveContacts(doc));
