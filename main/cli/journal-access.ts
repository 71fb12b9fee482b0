// How the CLI opens a journal folder: reads never need the lock (they load snapshot + log read-only),
// writes take the lock like the app does — so there are never two writers.
import { existsSync, statSync } from 'node:fs';
import * as Y from 'yjs';
import { readStoreState, StoreLockedError, type JournalFileStore } from '../store';
import { openJournal } from '../journal/open-journal';
import { CliError, EXIT } from './output';

export function assertJournalFolder(dataDir: string): void {
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    throw new CliError(
      `No journal folder at ${dataDir}. Pass --data-dir, or run the app once to create it.`,
      EXIT.locked,
    );
  }
}

export async function readJournal(dataDir: string): Promise<Y.Doc> {
  assertJournalFolder(dataDir);
  const doc = new Y.Doc();
  try {
    const { update } = await readStoreState(dataDir);
    Y.applyUpdate(doc, update);
  } catch (error) {
    throw new CliError(
      `Cannot read the journal in ${dataDir}: ${error instanceof Error ? error.message : String(error)}`,
      EXIT.locked,
    );
  }
  return doc;
}

export interface WritableJournal {
  doc: Y.Doc;
  store: JournalFileStore;
  close(): Promise<void>;
}

/** Opens the journal for writing; creates the folder when it does not exist yet (a first import). */
export async function openJournalForWriting(dataDir: string): Promise<WritableJournal> {
  let opened: Awaited<ReturnType<typeof openJournal>>;
  try {
    opened = await openJournal(dataDir);
  } catch (error) {
    if (error instanceof StoreLockedError) {
      throw new CliError(
        `${error.message}\nThe CLI only reads while the app has the journal open: quit Rapport, then run this again.`,
        EXIT.locked,
      );
    }
    throw new CliError(
      `Cannot open the journal in ${dataDir}: ${error instanceof Error ? error.message : String(error)}`,
      EXIT.locked,
    );
  }
  const { doc, store, readOnly } = opened;
  if (readOnly) {
    await store.destroy();
    doc.destroy();
    throw new CliError(`${readOnly.message}\nNothing was written.`, EXIT.locked);
  }
  return {
    doc,
    store,
    async close() {
      await store.whenFlushed();
      await store.destroy();
      doc.destroy();
    },
  };
}
