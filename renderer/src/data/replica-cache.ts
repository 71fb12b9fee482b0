// The window's cache of its replica, in IndexedDB (issue 10). It keeps the layout y-indexeddb used — one
// database per journal and epoch, an `updates` store of Yjs updates under increasing keys — so a cache
// from an earlier version loads as it is. Two things differ:
//  - Loading yields between entries: each is applied in its own short task, so a window that has painted
//    (the first paint) keeps answering while a large journal loads. One 37 MB update would be one frozen
//    task of seconds; the cache keeps it as pieces of about 128 KB instead (shared/replica/split-update.ts).
//  - Compaction (many small entries, or one too large to load in a short task) runs in a worker
//    (replica-cache-worker.ts): it merges and splits the entries there and swaps them in one IndexedDB
//    transaction, so the window's thread does none of that work and a window closed meanwhile loses nothing.
// The cache is not where edits are made durable — main's journal is — so an entry lost with a closing
// window costs only a little more to send at the next start.
import * as Y from 'yjs';
import { MAX_ENTRIES, needsCompaction, tooLargeToLoadAtOnce } from '@shared/replica/compact';
import { encodeStateAsPieces } from '@shared/replica/split-update';
import type { CompactRequest, CompactResult } from './replica-cache-protocol';
import { committed, openCacheDatabase, result, UPDATES } from './replica-cache-db';

/**
 * Lets the page run before the next piece: the piece after it is a background task, so everything else the
 * page has to do — input, React's renders, a frame — goes first. (`scheduler.yield()` would be wrong here:
 * its continuation outranks ordinary tasks, so the page would wait for the whole load after all.)
 */
function yieldToPage(): Promise<void> {
  const scheduler = (
    globalThis as {
      scheduler?: { postTask?: (task: () => void, options: { priority: 'background' }) => Promise<void> };
    }
  ).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => undefined, { priority: 'background' });
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * One worker per compaction: it is rare (a cold start's whole journal, an old cache, 200 edits) and a
 * window closed meanwhile ends it with the page, which aborts its transaction.
 */
function compactInWorker(name: string): Promise<CompactResult> {
  const worker = new Worker(new URL('./replica-cache-worker.ts', import.meta.url), {
    type: 'module',
    name: 'replica-cache',
  });
  return new Promise<CompactResult>((resolve) => {
    worker.onmessage = (event: MessageEvent<CompactResult>) => resolve(event.data);
    worker.onerror = (event) => resolve({ type: 'failed', message: event.message });
    worker.postMessage({ type: 'compact', name } satisfies CompactRequest);
  }).finally(() => worker.terminate());
}

/** Entries read at once while loading (at 128 KB each, 2 MB). */
const READ_BATCH = 16;

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);

export class ReplicaCache {
  /** Resolves once everything the cache held is in the document (also if the cache could not be read). */
  readonly whenSynced: Promise<void>;
  private db: IDBDatabase | undefined;
  private readonly opened: Promise<IDBDatabase | undefined>;
  private entries = 0;
  private compacting = false;
  private compactAgain = false;
  private compactTimer: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;
  /** The load found nothing: the first large update (main's whole journal, on a cold start) is kept as pieces. */
  private startedEmpty = false;
  private readonly storeUpdate = (update: Uint8Array): void => {
    if (!this.db || this.destroyed) return;
    if (this.startedEmpty && tooLargeToLoadAtOnce(update.length)) {
      // Not stored as it is: the document, which now holds it, is written as pieces — in the next task, so
      // that what this update brought is painted first.
      this.startedEmpty = false;
      setTimeout(() => void this.storeDocAsPieces(), 0);
      return;
    }
    const store = this.db.transaction([UPDATES], 'readwrite').objectStore(UPDATES);
    void result(store.add(update)).catch((error: unknown) => console.warn('[rapport] cache write failed', error));
    this.entries += 1;
    if (tooLargeToLoadAtOnce(update.length) || this.entries > MAX_ENTRIES) this.scheduleCompaction();
  };

  constructor(
    readonly name: string,
    private readonly doc: Y.Doc,
    /** Compacts the database `name` (default: in a worker; tests run the same code in their own thread). */
    private readonly compactor: (name: string) => Promise<CompactResult> = compactInWorker,
  ) {
    this.opened = openCacheDatabase(name).then(
      (db) => (this.destroyed ? (db.close(), undefined) : (this.db = db)),
      (error: unknown) => {
        console.warn('[rapport] the window cache cannot be opened', error);
        return undefined;
      },
    );
    // Edits are stored from when the load is done. Listening earlier would cost the load dearly: Yjs encodes
    // an 'update' event for every transaction while anyone listens — at L 0.9 s of encoding the pieces
    // back, only for the listener to ignore them. Nothing else changes the document before then: the
    // session starts talking to main, and shows the views, only after the load.
    this.whenSynced = this.load().finally(() => {
      if (!this.destroyed) doc.on('update', this.storeUpdate);
    });
  }

  private async load(): Promise<void> {
    const db = await this.opened;
    if (!db) return;
    const started = performance.now();
    let longest = 0;
    let splitFirst = false;
    let sizes: number[] = [];
    let keys = await this.keys(db);
    this.startedEmpty = keys.length === 0;
    // Read a few entries at a time: one read of the whole cache is one task that copies it all (at L about
    // 0.2 s, right after the first paint); a batch is a couple of megabytes.
    for (let at = 0, restarts = 0; at < keys.length;) {
      if (this.destroyed) return;
      const batch = keys.slice(at, at + READ_BATCH);
      const updates = await this.read(db, batch);
      // An entry too large to apply in one short task (a cache an earlier version wrote, or a first start's
      // whole journal that a closing window had no time to keep as pieces): the worker splits the cache
      // first. The journal takes longer to load that once, but the painted window keeps answering meanwhile.
      const tooLarge = !splitFirst && updates?.some((update) => tooLargeToLoadAtOnce(update.length));
      if (tooLarge) {
        splitFirst = true;
        await this.compact();
      }
      // Entries gone meanwhile (another window compacted the cache), or just split: read the cache again from
      // its start. What was applied already is applied again, which changes nothing.
      if (!updates || tooLarge) {
        if (++restarts > 3) break;
        keys = await this.keys(db);
        at = 0;
        sizes = [];
        continue;
      }
      for (const update of updates) {
        if (this.destroyed) return;
        try {
          const before = performance.now();
          Y.applyUpdate(this.doc, update, this);
          longest = Math.max(longest, performance.now() - before);
        } catch (error) {
          // A damaged entry: main has the journal, so this window asks it for whatever the cache could not give.
          console.warn('[rapport] a window cache entry cannot be read; main sends what it lacks', error);
          at = keys.length;
          break;
        }
        sizes.push(update.length);
        await yieldToPage();
      }
      at += batch.length;
    }
    this.entries = keys.length;
    // How the load went, for `npm run bench` and the e2e story: how many entries, each applied in its own task.
    performance.measure('rapport:cache-load', {
      start: started,
      detail: { entries: sizes.length, bytes: sum(sizes), longestMs: Math.round(longest), splitFirst },
    });
    if (needsCompaction(sizes)) this.scheduleCompaction();
  }

  private async keys(db: IDBDatabase): Promise<IDBValidKey[]> {
    try {
      return await result(db.transaction([UPDATES], 'readonly').objectStore(UPDATES).getAllKeys());
    } catch (error) {
      console.warn('[rapport] the window cache cannot be read', error);
      return [];
    }
  }

  /** The entries under `keys` (consecutive), or undefined if some are gone. */
  private async read(db: IDBDatabase, keys: IDBValidKey[]): Promise<Uint8Array[] | undefined> {
    const first = keys[0];
    const last = keys[keys.length - 1];
    if (first === undefined || last === undefined) return [];
    try {
      const store = db.transaction([UPDATES], 'readonly').objectStore(UPDATES);
      const values = (await result(store.getAll(IDBKeyRange.bound(first, last)))) as Uint8Array[];
      return values.length === keys.length ? values : undefined;
    } catch (error) {
      console.warn('[rapport] the window cache cannot be read', error);
      return undefined;
    }
  }

  /**
   * Replaces the cache by the document's state as pieces. The window's thread encodes them (at L about as
   * long as one `Y.encodeStateAsUpdate`, once per cold start), which is quicker to be done with than handing
   * the whole journal to the worker to split (a window closed before then would leave the next start to).
   */
  private async storeDocAsPieces(): Promise<void> {
    if (!this.db || this.destroyed) return;
    const pieces = encodeStateAsPieces(this.doc);
    const transaction = this.db.transaction([UPDATES], 'readwrite');
    const store = transaction.objectStore(UPDATES);
    // Every entry so far is in the document; entries added after this transaction come after the pieces.
    store.clear();
    for (const piece of pieces) store.add(piece);
    try {
      await committed(transaction, 'the cache as pieces');
      this.entries = pieces.length;
      // When a first start's cache is whole (`npm run bench` waits for it before quitting such a start).
      performance.mark('rapport:cache-stored', { detail: { pieces: pieces.length } });
    } catch (error) {
      console.warn('[rapport] the window cache could not be kept as pieces', error);
    }
  }

  /** Compacts soon, in the worker (at most one at a time; a request during one runs again after it). */
  private scheduleCompaction(): void {
    if (this.destroyed || this.compactTimer) return;
    this.compactTimer = setTimeout(() => {
      this.compactTimer = undefined;
      void this.compact();
    }, 200);
  }

  private async compact(): Promise<void> {
    if (this.compacting) {
      this.compactAgain = true;
      return;
    }
    this.compacting = true;
    try {
      const result = await this.compactor(this.name).catch((error: unknown): CompactResult => ({
        type: 'failed',
        message: String(error),
      }));
      if (result.type === 'compacted') this.entries = result.entries + Math.max(0, this.entries - result.replaced);
      else console.warn('[rapport] the window cache could not be compacted:', result.message);
    } finally {
      this.compacting = false;
      if (this.compactAgain && !this.destroyed) {
        this.compactAgain = false;
        this.scheduleCompaction();
      }
    }
  }

  /** Stops storing and loading; a compaction under way is abandoned (its transaction never commits). */
  async destroy(): Promise<void> {
    this.destroyed = true;
    clearTimeout(this.compactTimer);
    this.doc.off('update', this.storeUpdate);
    const db = await this.opened;
    db?.close();
  }
}
