// Migrations with a backup first, and journals from a newer Rapport opened read-only and never rewritten
// (by the app's host and by the CLI alike).
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decodeRapportFile } from '@shared/export/rapport-file';
import { collection, createContact, CURRENT_SCHEMA, metaMap, migrate, readMeta, type SchemaPlan } from '@shared/schema';
import { at } from '@shared/schema/test-support';
import { JournalFileStore, LOCK_FILE } from '../store';
import { acquireLock } from '../store/lock';
import { cleanTempDirs, tempDir } from '../store/store-test-helpers';
import { openJournalForWriting, readJournal } from '../cli/journal-access';
import { CliError } from '../cli/output';
import { JournalHost } from './journal-host';
import { openJournal } from './open-journal';

afterEach(cleanTempDirs);

/** A future schema 2: every contact gets a field it did not have. */
const V2: SchemaPlan = {
  version: CURRENT_SCHEMA.version + 1,
  steps: [
    ...CURRENT_SCHEMA.steps,
    (doc) => collection(doc, 'contacts').forEach((c) => c instanceof Y.Map && c.set('pronouns', '')),
  ],
};

/** A journal folder written at `schemaVersion`, holding one contact; returns the contact's id. */
async function writeJournal(dir: string, schemaVersion = CURRENT_SCHEMA.version): Promise<string> {
  const store = await JournalFileStore.open(dir);
  const doc = store.doc;
  migrate(doc);
  const id = createContact(doc, { name: 'Åsa Lind', company: 'Nordlys' }, at('2026-11-01'));
  if (schemaVersion !== CURRENT_SCHEMA.version) metaMap(doc).set('schemaVersion', schemaVersion);
  await store.whenFlushed();
  await store.destroy();
  return id;
}

const files = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.startsWith('journal.'))
      .map((f) => [f, readFileSync(join(dir, f)).toString('base64')]),
  );

describe('migrations', () => {
  it('v1 → v2: a backup of the v1 journal is taken first, then the journal is migrated and saved', async () => {
    const dir = tempDir();
    const id = await writeJournal(dir);
    const opened = await openJournal(dir, { plan: V2, now: () => at('2026-11-30') });

    expect(opened.migrationBackup?.reason).toBe('before-migration');
    const backup = decodeRapportFile(readFileSync(opened.migrationBackup!.path));
    expect(backup.header.schemaVersion).toBe(1);
    const before = new Y.Doc();
    Y.applyUpdate(before, backup.state);
    expect((collection(before, 'contacts').get(id) as Y.Map<unknown>).has('pronouns')).toBe(false);

    expect(readMeta(opened.doc).schemaVersion).toBe(2);
    await opened.store.destroy();
    const reread = await readJournal(dir);
    expect(readMeta(reread).schemaVersion).toBe(2);
    expect((collection(reread, 'contacts').get(id) as Y.Map<unknown>).get('pronouns')).toBe('');
  });

  it('when the backup cannot be written, nothing is migrated and the reason is given', async () => {
    const dir = tempDir();
    await writeJournal(dir);
    writeFileSync(join(dir, 'backups'), 'a file where the backups folder belongs');
    const before = files(dir);
    await expect(openJournal(dir, { plan: V2 })).rejects.toThrow(/backs it up first.*Nothing was changed/);
    expect(files(dir)).toEqual(before);
    expect(readMeta(await readJournal(dir)).schemaVersion).toBe(1);
  });

  it('a fresh journal and an up-to-date one are not backed up', async () => {
    const fresh = await openJournal(tempDir());
    expect(fresh.migrationBackup).toBeUndefined();
    expect(readMeta(fresh.doc).schemaVersion).toBe(CURRENT_SCHEMA.version);
    await fresh.store.destroy();
    const dir = tempDir();
    await writeJournal(dir);
    const current = await openJournal(dir);
    expect(current.migrationBackup).toBeUndefined();
    await current.store.destroy();
  });
});

describe('a journal from a newer Rapport', () => {
  /** A newer journal whose log also ends in a torn write, which opening for writing would cut off. */
  async function newerJournal(): Promise<string> {
    const dir = tempDir();
    await writeJournal(dir, CURRENT_SCHEMA.version + 3);
    appendFileSync(join(dir, 'journal.log'), Uint8Array.of(9, 0, 0));
    return dir;
  }

  it('opens in the app read-only, says why, refuses changes and never rewrites a byte', async () => {
    const dir = await newerJournal();
    const before = files(dir);
    const host = await JournalHost.open(dir);
    expect(host.readOnly?.message).toMatch(/newer version of Rapport \(schema 4; this version knows 1\)/);
    expect(host.readOnly?.message).toMatch(/reading only/);
    expect(() => host.assertWritable()).toThrow(/reading only/);
    await expect(host.replaceWith(new Uint8Array([0, 0]))).rejects.toThrow(/reading only/);
    expect(readMeta(host.doc).schemaVersion).toBe(4); // not "migrated" down or up
    createContact(host.doc, { name: 'Kim Berg' }, at('2026-11-02'));
    await host.store.whenFlushed();
    await host.store.compact();
    await host.close();
    expect(files(dir)).toEqual(before);
    expect(readdirSync(dir)).not.toContain('backups');
  });

  it('is read once, under the lock, and the lock is given back', async () => {
    const dir = await newerJournal();
    const before = files(dir);
    let reads = 0;
    const opened = await openJournal(dir, {
      openStore: (folder, options) => {
        reads += 1;
        return JournalFileStore.open(folder, options);
      },
    });
    expect(reads).toBe(1);
    expect(opened.readOnly?.message).toMatch(/newer version of Rapport/);
    expect(opened.store.refusedWrite).toBe(true);
    expect(readdirSync(dir)).not.toContain(LOCK_FILE);
    await opened.store.destroy();
    opened.doc.destroy();
    expect(files(dir)).toEqual(before);
  });

  it('opens read-only even while another Rapport holds its lock', async () => {
    const dir = await newerJournal();
    const before = files(dir);
    const release = await acquireLock(dir);
    const host = await JournalHost.open(dir);
    expect(host.readOnly?.message).toMatch(/newer version of Rapport/);
    await host.close();
    await release();
    expect(files(dir)).toEqual(before);
  });

  it('is refused by the CLI for writing with the same reason, and still read by it', async () => {
    const dir = await newerJournal();
    const before = files(dir);
    const refusal = openJournalForWriting(dir);
    await expect(refusal).rejects.toBeInstanceOf(CliError);
    await expect(openJournalForWriting(dir)).rejects.toThrow(/newer version of Rapport[\s\S]*Nothing was written/);
    expect(readMeta(await readJournal(dir)).schemaVersion).toBe(4);
    expect(files(dir)).toEqual(before);
  });
});
