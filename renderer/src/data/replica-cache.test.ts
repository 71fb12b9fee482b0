// The window's replica cache (issue 10) against a real IndexedDB implementation (fake-indexeddb, in memory),
// with the compaction the worker runs called in this thread.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ReplicaCache } from './replica-cache';
import { compactCache } from './replica-cache-compact';
import { openCacheDatabase, result, UPDATES } from './replica-cache-db';

let names = 0;
const freshName = (): string => `rapport-test-${++names}`;

/** A journal-like document of about `people` × 340 bytes. */
function journal(people: number): Y.Doc {
  const doc = new Y.Doc();
  const contacts = doc.getMap<Y.Map<unknown>>('contacts');
  doc.transact(() => {
    for (let i = 0; i < people; i++) {
      const person = new Y.Map<unknown>();
      contacts.set(`c${i}`, person);
      person.set('name', `Person ${i} Åkesson`);
      person.set('notes', `Met at the ${i % 7 === 0 ? 'meetup' : 'conference'}; `.repeat(12));
    }
  });
  return doc;
}

async function entries(name: string): Promise<Uint8Array[]> {
  const db = await openCacheDatabase(name);
  try {
    return (await result(db.transaction([UPDATES], 'readonly').objectStore(UPDATES).getAll())) as Uint8Array[];
  } finally {
    db.close();
  }
}

async function put(name: string, updates: Uint8Array[]): Promise<void> {
  const db = await openCacheDatabase(name);
  const store = db.transaction([UPDATES], 'readwrite').objectStore(UPDATES);
  for (const update of updates) await result(store.add(update));
  db.close();
}

async function until(check: () => Promise<boolean> | boolean, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function open(name: string): Promise<{ doc: Y.Doc; cache: ReplicaCache }> {
  const doc = new Y.Doc();
  const cache = new ReplicaCache(name, doc, compactCache);
  await cache.whenSynced;
  return { doc, cache };
}

const loadMeasure = (): { entries: number; splitFirst: boolean } =>
  (performance.getEntriesByName('rapport:cache-load').at(-1) as PerformanceMeasure | undefined)?.detail as {
    entries: number;
    splitFirst: boolean;
  };
const people = (doc: Y.Doc): unknown => doc.getMap('contacts').toJSON();
const PIECE_LIMIT = 180_000; // 128 KB pieces, over by at most one struct

afterEach(() => {
  performance.clearMarks();
  performance.clearMeasures();
});

describe('ReplicaCache', () => {
  it("keeps a cold start's whole journal as pieces, never as one entry, and loads it piece by piece", async () => {
    const name = freshName();
    const source = journal(5000);
    expect(Y.encodeStateAsUpdate(source).length).toBeGreaterThan(1_500_000);
    const first = await open(name);
    expect(loadMeasure()).toMatchObject({ entries: 0 });
    // Main's answer to a window with nothing: the whole journal in one update.
    Y.applyUpdate(first.doc, Y.encodeStateAsUpdate(source), 'main');
    await until(() => performance.getEntriesByName('rapport:cache-stored').length > 0, 'the pieces');
    const stored = await entries(name);
    expect(stored.length).toBeGreaterThanOrEqual(3);
    for (const entry of stored) expect(entry.length).toBeLessThan(PIECE_LIMIT);
    await first.cache.destroy();

    const again = await open(name);
    expect(people(again.doc)).toEqual(people(source));
    expect(loadMeasure()).toMatchObject({ entries: stored.length, splitFirst: false });
    // What the cache loaded is not stored a second time.
    expect((await entries(name)).length).toBe(stored.length);
    await again.cache.destroy();
  });

  it('splits a cache an earlier version wrote (one large entry) before loading it, and keeps it split', async () => {
    const name = freshName();
    const source = journal(5000);
    await put(name, [Y.encodeStateAsUpdate(source)]);
    const { doc, cache } = await open(name);
    expect(people(doc)).toEqual(people(source));
    const measure = loadMeasure();
    expect(measure.splitFirst).toBe(true);
    expect(measure.entries).toBeGreaterThanOrEqual(3);
    for (const entry of await entries(name)) expect(entry.length).toBeLessThan(PIECE_LIMIT);
    await cache.destroy();
  });

  it('stores every edit as it happens and merges them after 200, losing none', async () => {
    const name = freshName();
    const { doc, cache } = await open(name);
    const contacts = doc.getMap<string>('contacts');
    for (let i = 0; i < 230; i++) contacts.set(`c${i}`, `Person ${i}`);
    await until(async () => (await entries(name)).length < 50, 'the compaction');
    await cache.destroy();
    const again = await open(name);
    expect(again.doc.getMap('contacts').size).toBe(230);
    expect(again.doc.getMap('contacts').get('c229')).toBe('Person 229');
    await again.cache.destroy();
  });

  it('stops at a damaged entry and gives what it has: main sends the rest', async () => {
    const name = freshName();
    const good = new Y.Doc();
    good.getMap('contacts').set('c1', 'Maja Ek');
    await put(name, [Y.encodeStateAsUpdate(good), new Uint8Array([0xff, 0xff, 0xff, 0x01, 0x02])]);
    const { doc, cache } = await open(name);
    expect(doc.getMap('contacts').get('c1')).toBe('Maja Ek');
    expect(loadMeasure()).toMatchObject({ entries: 1 });
    await cache.destroy();
  });
});
