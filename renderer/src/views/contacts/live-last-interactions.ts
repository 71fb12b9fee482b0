// The last interaction day of every contact, kept up to date incrementally for the People list: logging or
// editing one interaction re-reads that one, not all 20,000 (lastInteractionDates would, in about 200 ms).
import * as Y from 'yjs';
import { interactionsMap, lastDaysByContact, readInteractionDay, type InteractionDay } from '@shared/schema';
import { KeyedChanges, perDocument } from '../../data/keyed-changes';

export class LiveLastInteractions {
  private readonly days = new Map<string, InteractionDay>();
  private snapshot: ReadonlyMap<string, string> = new Map();
  private readonly changes: KeyedChanges;

  constructor(doc: Y.Doc) {
    this.changes = new KeyedChanges(interactionsMap(doc));
  }

  subscribe = (listener: () => void): (() => void) => this.changes.subscribe(listener);

  /** Contact id → the newest day (YYYY-MM-DD) of a live interaction with them; the same Map until something changes. */
  getSnapshot = (): ReadonlyMap<string, string> => {
    if (this.changes.drain(this.load)) this.snapshot = lastDaysByContact(this.days.values());
    return this.snapshot;
  };

  private readonly load = (id: string, entry: unknown): void => {
    if (entry instanceof Y.Map) this.days.set(id, readInteractionDay(entry));
    else this.days.delete(id);
  };
}

export const liveLastInteractionsFor = perDocument((doc) => new LiveLastInteractions(doc));
