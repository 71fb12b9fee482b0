// The window's side of the search worker: starts it with the journal's state, forwards every update, and
// turns queries into promises. Only the newest query's answer resolves; older ones resolve to undefined.
import * as Y from 'yjs';
import type { SearchHit } from '@shared/search';
import type { FromWorker, ToWorker } from './search-protocol';

const clients = new WeakMap<Y.Doc, SearchClient>();

/**
 * The window's one search worker for `doc`, started on first use and stopped when the doc is destroyed.
 * `cacheName`: the session's replica cache, which the worker reads the journal from.
 */
export function searchClientFor(doc: Y.Doc, cacheName?: string): SearchClient {
  let client = clients.get(doc);
  if (!client) {
    const started = new SearchClient(doc, cacheName);
    clients.set(doc, started);
    doc.once('destroy', () => {
      started.destroy();
      clients.delete(doc);
    });
    client = started;
  }
  return client;
}

export class SearchClient {
  private readonly worker: Worker;
  private seq = 0;
  private waiting: { seq: number; resolve: (hits: SearchHit[] | undefined) => void } | undefined;
  /** Resolves once the worker has built its index (the bench reads the time it took). */
  readonly ready: Promise<{ size: number; buildMs: number }>;
  private readonly onUpdate = (update: Uint8Array): void => this.send({ type: 'update', update });

  constructor(
    private readonly doc: Y.Doc,
    cacheName?: string,
  ) {
    this.worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'search' });
    let markReady: (info: { size: number; buildMs: number }) => void = () => undefined;
    this.ready = new Promise((resolve) => (markReady = resolve));
    this.worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'state-vector') {
        // Only what the cache lacks (at most the edits since it was last written).
        this.send({ type: 'catch-up', update: Y.encodeStateAsUpdate(doc, message.stateVector) });
      } else if (message.type === 'ready') markReady(message);
      else if (this.waiting?.seq === message.seq) {
        this.waiting.resolve(message.hits);
        this.waiting = undefined;
      }
    };
    this.send(cacheName ? { type: 'init-from-cache', cacheName } : { type: 'init', state: Y.encodeStateAsUpdate(doc) });
    doc.on('update', this.onUpdate);
  }

  /** The best `limit` hits for `text`, of them at most `perKind` of each kind (snippets only for those). */
  search(text: string, limit = 60, perKind = limit): Promise<SearchHit[] | undefined> {
    this.waiting?.resolve(undefined);
    const seq = ++this.seq;
    return new Promise((resolve) => {
      this.waiting = { seq, resolve };
      this.send({ type: 'query', seq, text, limit, perKind });
    });
  }

  private send(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  destroy(): void {
    this.doc.off('update', this.onUpdate);
    this.waiting?.resolve(undefined);
    this.worker.terminate();
  }
}
