// Opens a journal folder for writing, for the app and the CLI alike: a journal written by a newer Rapport is
// opened read-only and never rewritten, and a migration that changes an existing journal is backed up first.
import * as Y from 'yjs';
import { encodeRapportFile } from '@shared/export/rapport-file';
import { CURRENT_SCHEMA, migrate, migrationChangesJournal, newerSchema, type NewerSchemaError } from '@shared/schema';
import type { SchemaPlan } from '@shared/schema';
import { JournalFileStore, readStoreState } from '../store';
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
  /** How the writable store is opened (the app retries while a CLI holds the lock). */
  openStore?: (dataDir: string) => Promise<JournalFileStore>;
}

async function openReadOnly(dataDir: string, reason: NewerSchemaError): Promise<OpenedJournal> {
  const store = await JournalFileStore.open(dataDir, { readOnly: true });
  return { doc: store.doc, store, readOnly: reason, migrationBackup: undefined };
}

export async function openJournal(dataDir: string, options: OpenOptions = {}): Promise<OpenedJournal> {
  const plan = options.plan ?? CURRENT_SCHEMA;
  // A look without the lock and without repairs: opening for writing may already rewrite files.
  const peek = new Y.Doc();
  Y.applyUpdate(peek, (await readStoreState(dataDir)).update);
  const newer = newerSchema(peek, plan);
  peek.destroy();
  if (newer) return openReadOnly(dataDir, newer);

  const store = await (options.openStore ?? ((dir) => JournalFileStore.open(dir)))(dataDir);
  const doc = store.doc;
  const newerSince = newerSchema(doc, plan); // a newer Rapport wrote between the look and the lock
  if (newerSince) {
    await store.destroy();
    doc.destroy();
    return openReadOnly(dataDir, newerSince);
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
