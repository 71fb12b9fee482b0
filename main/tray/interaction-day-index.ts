// Each contact's latest interaction day, kept up to date incrementally: the journal's interactions are read
// once, then only those an update touched. So the tray's follow-ups stay cheap on a large journal.
import * as Y from 'yjs';
import { interactionsMap, lastDaysByContact, readInteractionDay, type InteractionDay } from '@shared/schema';

export class InteractionDayIndex {
  private readonly days = new Map<string, InteractionDay>();
  private readonly dirty = new Set<string>();
  private built = false;
  private readonly map: Y.Map<Y.Map<unknown>>;

  constructor(doc: Y.Doc) {
    this.map = interactionsMap(doc);
    this.map.observeDeep(this.onChange);
  }

  /** Contact id → the day of their latest live interaction (the same answer as lastInteractionDates). */
  lastDays(): Map<string, string> {
    if (!this.built) {
      this.map.forEach((entry, id) => this.days.set(id, readInteractionDay(entry)));
      this.built = true;
    } else {
      for (const id of this.dirty) {
        const entry = this.map.get(id);
        if (entry instanceof Y.Map) this.days.set(id, readInteractionDay(entry));
        else this.days.delete(id);
      }
    }
    this.dirty.clear();
    return lastDaysByContact(this.days.values());
  }

  destroy(): void {
    this.map.unobserveDeep(this.onChange);
  }

  private readonly onChange = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>): void => {
    if (!this.built) return;
    for (const event of events) {
      if (event.target === this.map) for (const key of event.changes.keys.keys()) this.dirty.add(key);
      else if (typeof event.path[0] === 'string') this.dirty.add(event.path[0]);
    }
  };
}
