// Opens a journal folder for writing, for the app and the CLI alike: a journal written by a newer Rapport is
// opened read-only and never rewritten, and a migration that changes an existing journal is backed up first.
import * as Y from 'yjs';
import { encodeRapportFile } from '@shared/export/rapport-file';
import { CURRENT_SCHEMA, migrate, migrationChangesJournal, newerSchema, type NewerSchemaError } from '@shared/schema';
import type { SchemaPlan } from '@shared/schema';
import { JournalFileStore, readStoreState, StoreLockedError, type FileStoreOptions } from '../store';
import { saveBackup, type BackupEntry } from '../backup/backup-files';

export interface OpenedJournal {
  doc: Y.Doc;
  store: JournalFileStore;
  /** Set when the journal is from a newer Rapport: the store is read-only and nothing may be written. */
  readOnly: NewerSchemaError | undefined;
  /** The backup taken before a migration changed the journal. */
  migrationBackup: BackupEntry | undefined;
}

export interface OpenOptions {
  /** The schema to bring the journal to (tests pass a future one). */
  plan?: SchemaPlan;
  now?: () => Date;
  /** How the writable store is opened (the app retries while a CLI holds the lock); `options` must be passed on. */
  openStore?: (dataDir: string, options: FileStoreOptions) => Promise<JournalFileStore>;
}

async function openReadOnly(dataDir: string, reason: NewerSchemaError): Promise<OpenedJournal> {
  const store = await JournalFileStore.open(dataDir, { readOnly: true });
  return { doc: store.doc, store, readOnly: reason, migrationBackup: undefined };
}

export async function openJournal(dataDir: string, options: OpenOptions = {}): Promise<OpenedJournal> {
  const plan = options.plan ?? CURRENT_SCHEMA;
  // The store asks before it writes anything (a torn tail cut, a repair): a journal from a newer Rapport is
  // then opened read-only instead, untouched. The journal is read once — the look is the open.
  const mayWrite = (doc: Y.Doc): boolean => !newerSchema(doc, plan);
  const store = await (options.openStore ?? ((dir, opts) => JournalFileStore.open(dir, opts)))(dataDir, {
    mayWrite,
  }).catch(async (error: unknown) => {
    // Someone else holds the lock (a newer Rapport, say): a look without it still tells a newer journal.
    if (!(error instanceof StoreLockedError)) throw error;
    const peek = new Y.Doc();
    Y.applyUpdate(peek, (await readStoreState(dataDir)).update);
    const newer = newerSchema(peek, plan);
    peek.destroy();
    if (newer) return newer;
    throw error;
  });
  if (!(store instanceof JournalFileStore)) return openReadOnly(dataDir, store);
  const doc = store.doc;
  const newer = newerSchema(doc, plan);
  if (newer) {
    if (store.refusedWrite) return { doc, store, readOnly: newer, migrationBackup: undefined };
    await store.destroy(); // an `openStore` that did not ask
    doc.destroy();
    return openReadOnly(dataDir, newer);
  }
  let migrationBackup: BackupEntry | undefined;
  if (migrationChangesJournal(doc, plan)) {
    const at = (options.now ?? (() => new Date()))();
    try {
      migrationBackup = await saveBackup(dataDir, 'before-migration', encodeRapportFile(doc, at), at);
    } catch (error) {
      await store.destroy();
      doc.destroy();
      throw new Error(
        'Rapport updates this journal to a new format and backs it up first, but the backup could not be ' +
          `written (${error instanceof Error ? error.message : String(error)}). Nothing was changed.`,
      );
    }
  }
  migrate(doc, 'migration', plan);
  await store.whenFlushed();
  return { doc, store, readOnly: undefined, migrationBackup };
}
