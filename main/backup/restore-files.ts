// Rewrites a journal folder's store so that it holds one state and nothing else: the snapshot (and its
// fallback copy) become that state, the log becomes empty. Used by a restore, in the app and the CLI.
import { truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { LOG_FILE, SNAPSHOT_FILE, type JournalFileStore } from '../store';
import { replaceFile } from '../store/durable-io';
import { encodeSnapshot, MAGIC } from '../store/record-log';

/**
 * Ends `store` with its folder holding only `state`. The store is compacted first (the present state
 * alone in the snapshot, so a crash in between never loses it), then rewritten, then closed — which
 * releases the lock. Nothing may write to the store's document meanwhile.
 */
export async function replaceStoreContents(store: JournalFileStore, state: Uint8Array): Promise<void> {
  await store.compact();
  await writeRestoredStore(store.dir, state);
  await store.destroy();
}

/**
 * The caller holds the journal lock and has compacted the store first (snapshot = the present state,
 * log = empty), so every step below leaves a loadable journal if the power goes:
 *   0. journal.log.prev      ← empty     (it goes with the old .prev; replayed over the restored state it
 *                                         would bring back what the restore replaced)
 *   1. journal.snapshot.prev ← restored  (only read when the snapshot is damaged)
 *   2. journal.snapshot      ← restored  (from here on the journal opens as restored)
 *   3. journal.log           ← empty     (a fresh file: anything still written through an old handle
 *                                         lands in the unlinked file, never on top of the restored state;
 *                                         on a full disk the log is cut back to its header instead)
 * Each step is write-temp, fsync, rename, fsync the folder (./store/durable-io).
 */
export async function writeRestoredStore(dir: string, state: Uint8Array): Promise<void> {
  const snapshot = encodeSnapshot(state);
  await replaceFile(join(dir, `${LOG_FILE}.prev`), MAGIC);
  await replaceFile(join(dir, `${SNAPSHOT_FILE}.prev`), snapshot);
  await replaceFile(join(dir, SNAPSHOT_FILE), snapshot);
  try {
    await replaceFile(join(dir, LOG_FILE), MAGIC);
  } catch {
    // The journal already opens as restored: failing now would leave the app on the old document, its next
    // edits appended on top of the restored snapshot (a mix, and lost on reopen). The log holds only its header
    // (the caller compacted); cutting it there in place needs no free space.
    await truncate(join(dir, LOG_FILE), MAGIC.length);
  }
}
