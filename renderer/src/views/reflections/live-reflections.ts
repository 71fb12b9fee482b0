// Live reflections for the list and for the people, events and goals they are linked to, kept up to date
// incrementally (as data/live-contacts.ts does): an edit re-reads only the reflection it touched, so typing
// in one entry's body never re-reads the other 5,000, and unchanged rows keep their identity.
import * as Y from 'yjs';
import { readReflection, reflectionsMap, type Reflection } from '@shared/schema';
import { KeyedChanges, perDocument } from '../../data/keyed-changes';
import { firstLine } from './first-line';

export interface ReflectionItem extends Reflection {
  /** The body's first line, for an entry without a title. */
  firstLine: string;
}

/** Newest first: the day it is about, then when it was written (plain comparisons: ISO strings sort as text). */
export function newestFirst(a: Reflection, b: Reflection): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export class LiveReflections {
  private readonly cache = new Map<string, ReflectionItem>();
  private snapshot: readonly ReflectionItem[] = [];
  private readonly changes: KeyedChanges;
  /** Ids loaded by the current drain; undefined during the first, full load. */
  private touched: Set<string> | undefined;

  constructor(doc: Y.Doc) {
    this.changes = new KeyedChanges(reflectionsMap(doc));
  }

  subscribe = (listener: () => void): (() => void) => this.changes.subscribe(listener);

  /** Live (not trashed) reflections, newest first; the same array until something changes. */
  getSnapshot = (): readonly ReflectionItem[] => {
    const first = this.snapshot.length === 0 && this.cache.size === 0;
    const touched = new Set<string>();
    this.touched = first ? undefined : touched;
    if (!this.changes.drain(this.load)) return this.snapshot;
    if (first || touched.size > 64) {
      this.snapshot = [...this.cache.values()].sort(newestFirst);
    } else {
      // A keystroke touches one entry: take it out and put it back in its place, without sorting 5,000.
      const next = this.snapshot.filter((r) => !touched.has(r.id));
      for (const id of touched) {
        const item = this.cache.get(id);
        if (item) next.splice(insertionPoint(next, item), 0, item);
      }
      this.snapshot = next;
    }
    return this.snapshot;
  };

  private readonly load = (id: string, entry: unknown): void => {
    this.touched?.add(id);
    if (!(entry instanceof Y.Map)) {
      this.cache.delete(id);
      return;
    }
    const reflection = readReflection(id, entry);
    if (reflection.deletedAt) {
      this.cache.delete(id);
      return;
    }
    const body = entry.get('body');
    this.cache.set(id, { ...reflection, firstLine: firstLine(body instanceof Y.XmlFragment ? body : undefined) });
  };
}

/** Where `item` goes in a list sorted newest first (binary search). */
function insertionPoint(list: readonly ReflectionItem[], item: ReflectionItem): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const other = list[mid];
    if (other && newestFirst(other, item) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** One store per document, shared by every view that lists reflections. */
export const liveReflectionsFor = perDocument((doc) => new LiveReflections(doc));
