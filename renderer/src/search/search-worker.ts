// The search index lives here, off the window's thread, so indexing never blocks typing. It keeps its own
// Y.Doc replica, fed the window's state once and then every update, and re-indexes only what each touched
// (search-worker-core.ts); here it reads the replica cache and talks to the window.
import type { FromWorker, ToWorker } from './search-protocol';
import { openCacheDatabase, result, UPDATES } from '../data/replica-cache-db';
import { SearchWorkerCore } from './search-worker-core';

/** The replica cache's entries, in order. */
async function readCache(name: string): Promise<Uint8Array[]> {
  const db = await openCacheDatabase(name);
  try {
    return (await result(db.transaction([UPDATES], 'readonly').objectStore(UPDATES).getAll())) as Uint8Array[];
  } finally {
    db.close();
  }
}

const core = new SearchWorkerCore(
  (message: FromWorker) => (self as unknown as { postMessage(m: FromWorker): void }).postMessage(message),
  readCache,
);
self.onmessage = (event: MessageEvent<ToWorker>) => core.receive(event.data);
