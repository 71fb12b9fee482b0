// The durable home of main's Y.Doc: journal.snapshot (compacted state) + journal.log (updates since),
// fsync'd in small batches. Shaped like y-indexeddb: origin-tagged writes, whenFlushed, destroy().
import { mkdir, readFile, stat, unlink, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';
import { encodeRecord, encodeSnapshot, MAGIC } from './record-log';
import { disk, fsyncFolder, replaceFile } from './durable-io';
import { explainDiskError } from './disk-errors';
import { acquireLock } from './lock';
import { loadIntoDoc, type StoreReport } from './load';

export interface FileStoreOptions {
  flushDelayMs?: number;
  compactAfterBytes?: number;
  readOnly?: boolean;
  /** First wait before a failed write is tried again; doubles up to MAX_RETRY_MS. */
  retryDelayMs?: number;
  /** Runs once the lock is held, before anything is read or repaired (`rapport repair` copies the folder here). */
  beforeLoad?: () => Promise<void>;
  /**
   * Asked with the journal as read, before anything is written (a torn tail cut, a repair): when it answers
   * false the store opens read-only instead (`refusedWrite`), the files untouched and the lock released.
   */
  mayWrite?: (doc: Y.Doc) => boolean;
}

const MAX_RETRY_MS = 30_000;

/** The origin of the updates read from disk (the document is the store's own: nothing listens yet). */
const LOAD_ORIGIN = Symbol('journal file store: load');

export const LOG_FILE = 'journal.log';
export const SNAPSHOT_FILE = 'journal.snapshot';

/** Writes every byte or throws: a short write (a full disk) is never taken for a whole one. */
async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    if (!(bytesWritten > 0))
      throw new Error(`The journal log took only ${offset} of ${bytes.length} bytes (is the disk full?)`);
    offset += bytesWritten;
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export class JournalFileStore {
  private queue: Uint8Array[] = [];
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  private log: FileHandle | undefined;
  private size = 0;
  /** The last write failed; its batch is back in the queue and is retried with back-off. */
  private failure: Error | undefined;
  /** The log could not be cut back to its last whole record: appending more would bury a half record mid-log. */
  private broken: Error | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private retryDelay: number;
  /** Automatic compaction waits for this log size; pushed on after a failed attempt so it is not retried every flush. */
  private compactAt: number;
  private destroyed = false;
  /** Opened for writing, but `mayWrite` refused the journal: read-only, nothing written, no lock held. */
  refusedWrite = false;
  private readonly errorListeners = new Set<(error: Error) => void>();
  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this || this.destroyed) return;
    this.queue.push(encodeRecord(update));
    this.timer ??= setTimeout(() => this.flush(), this.flushDelayMs);
  };

  private constructor(
    readonly dir: string,
    readonly doc: Y.Doc,
    readonly reports: readonly StoreReport[],
    private readonly release: () => Promise<void>,
    private readonly flushDelayMs: number,
    private readonly compactAfterBytes: number,
    private readonly readOnly: boolean,
    private readonly retryDelayMs: number,
  ) {
    this.compactAt = compactAfterBytes;
    this.retryDelay = retryDelayMs;
  }

  /** Opens the journal in `dir` into a new Y.Doc of its own (`store.doc`); the caller destroys it after the store. */
  static async open(dir: string, options: FileStoreOptions = {}): Promise<JournalFileStore> {
    let readOnly = options.readOnly ?? false;
    const cannotOpen = (error: unknown): Error =>
      explainDiskError(error, dir, 'The journal cannot be opened for writing');
    if (!readOnly) await mkdir(dir, { recursive: true }).catch((error: unknown) => Promise.reject(cannotOpen(error)));
    let release = readOnly
      ? async () => undefined
      : await acquireLock(dir).catch((error: unknown) => Promise.reject(cannotOpen(error)));
    let doc: Y.Doc | undefined;
    try {
      await options.beforeLoad?.();
      const loaded = await loadIntoDoc(dir, { repair: !readOnly, origin: LOAD_ORIGIN, mayWrite: options.mayWrite });
      doc = loaded.doc;
      if (loaded.refused) {
        readOnly = true;
        await release();
        release = async () => undefined;
      }
      const store = new JournalFileStore(
        dir,
        doc,
        loaded.reports,
        release,
        options.flushDelayMs ?? 5,
        options.compactAfterBytes ?? 4 * 1024 * 1024,
        readOnly,
        options.retryDelayMs ?? 500,
      );
      store.refusedWrite = loaded.refused;
      if (!readOnly) {
        store.log = await disk.open(join(dir, LOG_FILE), 'a');
        store.size = (await stat(join(dir, LOG_FILE))).size;
        if (store.size === 0) {
          await store.append(MAGIC);
          await fsyncFolder(dir); // a new file's name is durable only once its folder is
        }
        doc.on('update', store.onUpdate);
      }
      return store;
    } catch (error) {
      doc?.destroy();
      await release();
      throw cannotOpen(error);
    }
  }

  private async append(bytes: Uint8Array): Promise<void> {
    const log = this.log;
    if (!log) return;
    try {
      await writeAll(log, bytes);
      await log.sync();
    } catch (error) {
      // Cut the log back to its last whole record, so a retry appends after good data, never after half a record.
      try {
        await log.truncate(this.size);
        await log.sync();
      } catch (cutError) {
        // Only broken if a part of the batch is really there: a failed fsync of an untouched log (a full or
        // read-only disk) must not stop every later save.
        const length = await log.stat().then(
          (info) => info.size,
          () => -1,
        );
        if (length !== this.size) this.broken = explainDiskError(cutError, this.dir, 'Edits are not being saved');
      }
      throw error;
    }
    this.size += bytes.length;
  }

  private fail(error: unknown): void {
    this.failure = explainDiskError(error, this.dir, 'Edits are not being saved');
    for (const listener of this.errorListeners) listener(this.failure);
  }

  /** A failed batch waits in the queue; it is tried again after a growing pause (and with every new edit). */
  private scheduleRetry(): void {
    if (this.retryTimer || this.destroyed || this.broken) return;
    const delay = this.retryDelay;
    this.retryDelay = Math.min(this.retryDelay * 2, MAX_RETRY_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.flush();
    }, delay);
  }

  /** Runs disk work one task at a time; a failed task rejects its own caller but never the tasks after it. */
  private serial(task: () => Promise<void>): Promise<void> {
    const run = this.writing.then(task);
    this.writing = run.catch(() => undefined);
    return run;
  }

  private flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    return this.serial(async () => {
      // The batch is taken when the write starts, not when it was asked for: updates that arrived while the
      // previous write was in flight share one write and one fsync (group commit).
      const batch = this.queue;
      this.queue = [];
      if (batch.length === 0 || this.broken) {
        this.queue = [...batch, ...this.queue];
        return;
      }
      try {
        await this.append(concat(batch));
      } catch (error) {
        // Not acknowledged: the batch stays pending, in order, ahead of anything newer.
        this.queue = [...batch, ...this.queue];
        this.fail(error);
        this.scheduleRetry();
        return;
      }
      this.failure = undefined;
      this.retryDelay = this.retryDelayMs;
      // Queued behind this flush, so its callers hear "saved" without waiting for the compaction.
      if (this.size > this.compactAt) void this.serial(() => this.autoCompact());
    });
  }

  private async autoCompact(): Promise<void> {
    if (this.size <= this.compactAt || this.failure || this.broken || this.destroyed) return;
    try {
      await this.compactNow();
      this.compactAt = this.compactAfterBytes;
    } catch (error) {
      // The log is untouched and still being written; try again once it has grown by another threshold.
      this.compactAt = this.size + this.compactAfterBytes;
      const explained = explainDiskError(error, this.dir, 'The journal could not be compacted (edits are still saved)');
      for (const listener of this.errorListeners) listener(explained);
    }
  }

  /** Resolves when every update received so far is fsync'd; rejects if writing failed. */
  async whenFlushed(): Promise<void> {
    // A closed store saves nothing more: never answer "saved" for edits made after destroy().
    if (this.destroyed) throw new Error(`The journal in ${this.dir} is closed: edits are not being saved.`);
    await this.flush();
    if (this.broken) throw this.broken;
    if (this.failure) throw this.failure;
  }

  private async compactNow(): Promise<void> {
    const snapshot = join(this.dir, SNAPSHOT_FILE);
    // Keep the previous snapshot as .prev, and the log written since it as journal.log.prev, so a damaged
    // snapshot falls back one step without losing the edits between the two compactions. Both are replaced
    // before the new snapshot exists; a crash in between leaves an older log.prev, whose updates the
    // snapshot already holds (replaying them is harmless).
    const previous = await readFile(snapshot).catch(() => undefined);
    if (previous) await replaceFile(`${snapshot}.prev`, previous);
    const logSoFar = await readFile(join(this.dir, LOG_FILE)).catch(() => undefined);
    if (logSoFar) await replaceFile(join(this.dir, `${LOG_FILE}.prev`), logSoFar);
    await replaceFile(snapshot, encodeSnapshot(Y.encodeStateAsUpdate(this.doc)));
    // A crash here leaves the old log beside the new snapshot: replaying it is harmless (Yjs updates are idempotent).
    // The new, empty log is created under a temp name and renamed over the old one; the old handle stays
    // usable until then, so a failure anywhere up to the rename leaves the store writing where it was.
    const logPath = join(this.dir, LOG_FILE);
    const fresh = await disk.open(`${logPath}.tmp`, 'w');
    try {
      await fresh.write(MAGIC);
      await fresh.sync();
      await disk.rename(`${logPath}.tmp`, logPath);
    } catch (error) {
      await fresh.close();
      await unlink(`${logPath}.tmp`).catch(() => undefined);
      throw error;
    }
    await fsyncFolder(this.dir);
    const old = this.log;
    this.log = fresh; // positioned just after the header, so later writes append
    this.size = MAGIC.length;
    await old?.close();
  }

  async compact(): Promise<void> {
    if (this.readOnly) return;
    await this.whenFlushed();
    await this.serial(() => this.compactNow());
  }

  logSize(): number {
    return this.size;
  }

  onError(listener: (error: Error) => void): () => void {
    this.errorListeners.add(listener);
    return () => this.errorListeners.delete(listener);
  }

  async destroy(): Promise<void> {
    if (this.destroyed) return;
    this.doc.off('update', this.onUpdate);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    try {
      if (!this.readOnly) await this.whenFlushed();
    } finally {
      this.destroyed = true;
      await this.log?.close();
      this.log = undefined;
      await this.release();
    }
  }
}
