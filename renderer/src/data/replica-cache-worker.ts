// Compacts a window's replica cache off the window's thread (replica-cache.ts): in one read-write
// IndexedDB transaction it reads every entry, merges and splits them into pieces, deletes exactly the
// entries it read and adds the pieces. Entries the window adds meanwhile wait for the transaction and
// keep their place after the pieces; a window closed meanwhile aborts it, and the cache is as it was.
import { compactUpdates, needsCompaction } from '@shared/replica/compact';
import type { CompactRequest, CompactResult } from './replica-cache-protocol';
import { openCacheDatabase, UPDATES } from './replica-cache-db';

async function compact(name: string): Promise<CompactResult> {
  const started = performance.now();
  const db = await openCacheDatabase(name);
  try {
    return await new Promise<CompactResult>((resolve, reject) => {
      const transaction = db.transaction([UPDATES], 'readwrite');
      const store = transaction.objectStore(UPDATES);
      let result: CompactResult = { type: 'compacted', replaced: 0, entries: 0, ms: 0 };
      const keysRequest = store.getAllKeys();
      const valuesRequest = store.getAll();
      valuesRequest.onsuccess = () => {
        const keys = keysRequest.result as number[];
        const updates = valuesRequest.result as Uint8Array[];
        if (keys.length === 0 || !needsCompaction(updates.map((update) => update.length))) return;
        // The work happens inside the transaction, so nothing else can change these entries meanwhile.
        const pieces = compactUpdates(updates);
        store.delete(IDBKeyRange.upperBound(keys[keys.length - 1]));
        for (const piece of pieces) store.add(piece);
        result = { type: 'compacted', replaced: keys.length, entries: pieces.length, ms: 0 };
      };
      transaction.oncomplete = () =>
        resolve({ ...result, ms: Math.round(performance.now() - started) } as CompactResult);
      transaction.onerror = () => reject(transaction.error ?? new Error('the compaction was not stored'));
      transaction.onabort = () => reject(transaction.error ?? new Error('the compaction was abandoned'));
    });
  } finally {
    db.close();
  }
}

self.onmessage = (event: MessageEvent<CompactRequest>) => {
  compact(event.data.name).then(
    (result) => self.postMessage(result),
    (error: unknown) =>
      self.postMessage({
        type: 'failed',
        message: error instanceof Error ? error.message : String(error),
      } satisfies CompactResult),
  );
};
