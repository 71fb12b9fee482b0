// The authoritative journal: one Y.Doc owned by main, persisted by the file store, migrated on open.
// Windows and (later) peers are replicas of this document.
import * as Y from 'yjs';
import { JournalFileStore, type StoreReport } from '../store';
import { migrate, readMeta } from '@shared/schema';

export class JournalHost {
  private constructor(
    readonly doc: Y.Doc,
    readonly store: JournalFileStore,
  ) {}

  static async open(dataDir: string): Promise<JournalHost> {
    const doc = new Y.Doc();
    const store = await JournalFileStore.open(dataDir, doc);
    migrate(doc);
    await store.whenFlushed();
    return new JournalHost(doc, store);
  }

  get reports(): readonly StoreReport[] {
    return this.store.reports;
  }

  get identity(): { journalId: string; epoch: number; schemaVersion: number } {
    const meta = readMeta(this.doc);
    return { journalId: meta.journalId ?? 'unknown', epoch: meta.epoch, schemaVersion: meta.schemaVersion };
  }

  async close(): Promise<void> {
    await this.store.destroy();
    this.doc.destroy();
  }
}
