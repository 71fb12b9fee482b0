// The search index lives here, off the window's thread, so indexing never blocks typing. It keeps its own
// Y.Doc replica, fed the window's state once and then every update, and re-indexes only what each touched.
import * as Y from 'yjs';
import { LiveSearchIndex } from '@shared/search';
import type { FromWorker, ToWorker } from './search-protocol';
import { openCacheDatabase, result, UPDATES } from '../data/replica-cache-db';

const replica = new Y.Doc();
let live: LiveSearchIndex | undefined;
/** Updates that came while the cache was read: the catch-up holds them, and they are applied after it. */
let held: Uint8Array[] | undefined;
const post = (message: FromWorker): void =>
  (self as unknown as { postMessage(m: FromWorker): void }).postMessage(message);

/** The replica cache's entries, in order, into the worker's replica; a cache that cannot be read gives nothing. */
async function loadCache(name: string): Promise<void> {
  try {
    const db = await openCacheDatabase(name);
    const updates = (await result(db.transaction([UPDATES], 'readonly').objectStore(UPDATES).getAll())) as Uint8Array[];
    db.close();
    for (const update of updates) Y.applyUpdate(replica, update);
  } catch {
    // The window then sends the whole journal as the catch-up.
  }
}

function build(): void {
  const started = performance.now();
  live ??= new LiveSearchIndex(replica);
  post({ type: 'ready', size: live.index.size, buildMs: performance.now() - started });
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'init') {
    Y.applyUpdate(replica, message.state);
    build();
  } else if (message.type === 'init-from-cache') {
    held = [];
    void loadCache(message.cacheName).then(() =>
      post({ type: 'state-vector', stateVector: Y.encodeStateVector(replica) }),
    );
  } else if (message.type === 'catch-up') {
    Y.applyUpdate(replica, message.update);
    for (const update of held ?? []) Y.applyUpdate(replica, update);
    held = undefined;
    build();
  } else if (message.type === 'update') {
    if (held) held.push(message.update);
    else Y.applyUpdate(replica, message.update);
  } else {
    const started = performance.now();
    const hits = live ? live.index.search(message.text, message.limit, message.perKind) : [];
    post({ type: 'results', seq: message.seq, hits, took: performance.now() - started });
  }
};
