// A cache's compaction (replica-cache.ts), as the worker runs it (replica-cache-worker.ts): in one read-write
// IndexedDB transaction it reads every entry, merges and splits them into pieces, deletes exactly the
// entries it read and adds the pieces. Entries the window adds meanwhile wait for the transaction and keep
// their place after the pieces; a window closed meanwhile aborts it, and the cache is as it was.
import { compactUpdates, needsCompaction } from '@shared/replica/compact';
import type { CompactResult } from './replica-cache-protocol';
import { committed, openCacheDatabase, UPDATES } from './replica-cache-db';

export async function compactCache(name: string): Promise<CompactResult> {
  const started = performance.now();
  const db = await openCacheDatabase(name);
  try {
    const transaction = db.transaction([UPDATES], 'readwrite');
    const store = transaction.objectStore(UPDATES);
    let replaced = 0;
    let entries = 0;
    const keysRequest = store.getAllKeys();
    const valuesRequest = store.getAll();
    valuesRequest.onsuccess = () => {
      const keys = keysRequest.result as number[];
      const updates = valuesRequest.result as Uint8Array[];
      const last = keys[keys.length - 1];
      if (last === undefined || !needsCompaction(updates.map((update) => update.length))) return;
      // The work happens inside the transaction, so nothing else can change these entries meanwhile.
      const pieces = compactUpdates(updates);
      store.delete(IDBKeyRange.upperBound(last));
      for (const piece of pieces) store.add(piece);
      replaced = keys.length;
      entries = pieces.length;
    };
    await committed(transaction, 'the compaction');
    return { type: 'compacted', replaced, entries, ms: Math.round(performance.now() - started) };
  } finally {
    db.close();
  }
}
