// The authoritative journal: one Y.Doc owned by main, persisted by the file store, migrated on open.
// Windows and (later) peers are replicas of this document. A restore replaces the document as a whole.
import type * as Y from 'yjs';
import { JournalFileStore, StoreLockedError, type StoreReport } from '../store';
import { replaceStoreContents } from '../backup/restore-files';
import { migrate, readMeta, type NewerSchemaError } from '@shared/schema';
import { openJournal } from './open-journal';
import { mt } from '../app/main-i18n';

/** How long a reopen after a restore waits for a CLI that slipped in between release and re-lock. */
const RELOCK_ATTEMPTS = 40;
const RELOCK_DELAY_MS = 50;

async function openStore(dataDir: string): Promise<JournalFileStore> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await JournalFileStore.open(dataDir);
    } catch (error) {
      if (!(error instanceof StoreLockedError) || attempt >= RELOCK_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, RELOCK_DELAY_MS));
    }
  }
}

/**
 * A failed write reaches the window through its unanswered save; a failed compaction has no caller, so every
 * store error is also written to main's log, never swallowed.
 */
function watch(store: JournalFileStore): JournalFileStore {
  store.onError((error) => console.error(`Rapport store: ${error.message}`));
  return store;
}

export class JournalHost {
  private constructor(
    readonly dataDir: string,
    private currentDoc: Y.Doc,
    private currentStore: JournalFileStore,
    /** Set when the journal is from a newer Rapport: it is shown, never written (see assertWritable). */
    readonly readOnly: NewerSchemaError | undefined,
  ) {}

  static async open(dataDir: string, options?: Parameters<typeof openJournal>[1]): Promise<JournalHost> {
    const opened = await openJournal(dataDir, options);
    return new JournalHost(dataDir, opened.doc, watch(opened.store), opened.readOnly);
  }

  /** Refuses a change to a journal that is open for reading only, with the reason the window shows. */
  assertWritable(): void {
    if (this.readOnly) throw new Error(readOnlyMessage(this.readOnly));
  }

  /** The document right now. A restore swaps it for a new one: hold on to the host, not to the doc. */
  get doc(): Y.Doc {
    return this.currentDoc;
  }

  get store(): JournalFileStore {
    return this.currentStore;
  }

  get reports(): readonly StoreReport[] {
    return this.currentStore.reports;
  }

  get identity(): { journalId: string; epoch: number; schemaVersion: number } {
    const meta = readMeta(this.currentDoc);
    return { journalId: meta.journalId ?? 'unknown', epoch: meta.epoch, schemaVersion: meta.schemaVersion };
  }

  /**
   * Replaces the journal with `state` (a restore, not a merge): the store is rewritten to hold only that
   * state and reopened on a fresh Y.Doc, so nothing of the old document can flow into the new one.
   * The caller makes sure nothing writes to the old document meanwhile (see RestoreService).
   */
  async replaceWith(state: Uint8Array): Promise<void> {
    this.assertWritable();
    const old = { doc: this.currentDoc, store: this.currentStore };
    await replaceStoreContents(old.store, state);
    const store = watch(await openStore(this.dataDir));
    const doc = store.doc;
    migrate(doc);
    await store.whenFlushed();
    this.currentDoc = doc;
    this.currentStore = store;
    old.doc.destroy();
  }

  async close(): Promise<void> {
    await this.currentStore.destroy();
    this.currentDoc.destroy();
  }
}

/** Why a journal is open for reading only, in main's language (the window's notice and refused edits). */
export function readOnlyMessage(reason: NewerSchemaError): string {
  return mt('store.readOnly', { found: reason.found, known: reason.known });
}
