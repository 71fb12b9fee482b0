// The search index lives here, off the window's thread, so indexing never blocks typing. It keeps its own
// Y.Doc replica, fed the window's state once and then every update, and re-indexes only what each touched.
import * as Y from 'yjs';
import { LiveSearchIndex } from '@shared/search';
import type { FromWorker, ToWorker } from './search-protocol';

const replica = new Y.Doc();
let live: LiveSearchIndex | undefined;
const post = (message: FromWorker): void =>
  (self as unknown as { postMessage(m: FromWorker): void }).postMessage(message);

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'init') {
    const started = performance.now();
    Y.applyUpdate(replica, message.state);
    live ??= new LiveSearchIndex(replica);
    post({ type: 'ready', size: live.index.size, buildMs: performance.now() - started });
  } else if (message.type === 'update') {
    Y.applyUpdate(replica, message.update);
  } else {
    const started = performance.now();
    const hits = live ? live.index.search(message.text, message.limit, message.perKind) : [];
    post({ type: 'results', seq: message.seq, hits, took: performance.now() - started });
  }
};
