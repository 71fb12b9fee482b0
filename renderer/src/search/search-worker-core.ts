// What the search worker does with each message, apart from where it reads the cache and where it posts:
// a Y.Doc replica fed the journal once (from the window, or from the replica cache and then what the cache
// lacks) and then every update, and a live index over it. A query that comes before the index is built is
// held and answered once it is (the newest only: the window shows no other) — answering it from no index
// would say "nothing matches" for the first seconds after a large journal opens.
import * as Y from 'yjs';
import { LiveSearchIndex } from '@shared/search';
import type { FromWorker, ToWorker } from './search-protocol';

type Query = Extract<ToWorker, { type: 'query' }>;

export class SearchWorkerCore {
  private readonly replica = new Y.Doc();
  private live: LiveSearchIndex | undefined;
  /** Updates that came while the cache was read: the catch-up holds them, and they are applied after it. */
  private held: Uint8Array[] | undefined;
  private waiting: Query | undefined;

  constructor(
    private readonly post: (message: FromWorker) => void,
    /** The replica cache's entries, in order; none when it cannot be read (the catch-up then brings all). */
    private readonly readCache: (cacheName: string) => Promise<Uint8Array[]>,
  ) {}

  receive(message: ToWorker): void {
    if (message.type === 'init') {
      Y.applyUpdate(this.replica, message.state);
      this.build();
    } else if (message.type === 'init-from-cache') {
      this.held = [];
      void this.readCache(message.cacheName)
        .then((updates) => {
          for (const update of updates) Y.applyUpdate(this.replica, update);
        })
        .catch(() => undefined) // what the cache could not give, the window's catch-up does
        .then(() => this.post({ type: 'state-vector', stateVector: Y.encodeStateVector(this.replica) }));
    } else if (message.type === 'catch-up') {
      Y.applyUpdate(this.replica, message.update);
      for (const update of this.held ?? []) Y.applyUpdate(this.replica, update);
      this.held = undefined;
      this.build();
    } else if (message.type === 'update') {
      if (this.held) this.held.push(message.update);
      else Y.applyUpdate(this.replica, message.update);
    } else if (this.live) {
      this.answer(this.live, message);
    } else {
      this.waiting = message;
    }
  }

  private build(): void {
    const started = performance.now();
    this.live ??= new LiveSearchIndex(this.replica);
    this.post({ type: 'ready', size: this.live.index.size, buildMs: performance.now() - started });
    const waiting = this.waiting;
    this.waiting = undefined;
    if (waiting) this.answer(this.live, waiting);
  }

  private answer(live: LiveSearchIndex, query: Query): void {
    const started = performance.now();
    const hits = live.index.search(query.text, query.limit, query.perKind);
    this.post({ type: 'results', seq: query.seq, hits, took: performance.now() - started });
  }
}
