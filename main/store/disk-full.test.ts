// The disk-full and read-only campaign (issue 9): writes fail with ENOSPC or EROFS through the store's fs
// seam. Expected: a clear message, the caller told edits are not saved, nothing saved damaged, and saving
// resumes by itself once space returns.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { migrate } from '@shared/schema';
import { BackupService } from '../backup/backup-service';
import { runCli } from '../cli';
import { listBackups } from '../backup/backup-files';
import { readRestorePlan } from '../backup/restore-plan';
import { DiskError } from './disk-errors';
import { installFaultyDisk, type FaultyDisk } from './test-fixtures/faulty-disk';
import { readStoreState, verifyStore } from './verify';
import { cleanTempDirs, keys, openDoc, tempDir, writeEdits } from './store-test-helpers';

let disk: FaultyDisk;
let dir: string;
beforeEach(() => {
  dir = tempDir();
  disk = installFaultyDisk(dir);
});
afterEach(() => {
  disk.uninstall();
  cleanTempDirs();
});

/** What a reader sees in the folder right now (no lock needed, nothing written). */
async function savedKeys(): Promise<string[]> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await readStoreState(dir)).update);
  return keys(doc);
}

const leftovers = (folder: string): string[] => readdirSync(folder).filter((f) => f.endsWith('.tmp'));

const saved = (store: { whenFlushed(): Promise<void> }): Promise<string> =>
  store.whenFlushed().then(
    () => 'saved',
    () => 'pending',
  );

describe('a full disk', () => {
  it('during append: says edits are not being saved, damages nothing, and saves them once space returns', async () => {
    const a = await openDoc(dir, { retryDelayMs: 10 });
    await writeEdits(a.doc, a.store, 0, 3);
    const heard: Error[] = [];
    a.store.onError((error) => heard.push(error));
    disk.fail('ENOSPC');
    a.doc.getMap('m').set('k3', 3);
    const error = await a.store.whenFlushed().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiskError);
    expect((error as DiskError).kind).toBe('full');
    expect((error as Error).message).toMatch(/^Edits are not being saved: the disk that holds .* is full\./);
    expect((error as Error).message).toContain('(ENOSPC)');
    expect(heard[0]?.message).toBe((error as Error).message);
    // Still full: more edits queue behind the first, and what was saved before is whole.
    a.doc.getMap('m').set('k4', 4);
    expect(await saved(a.store)).toBe('pending');
    expect(await savedKeys()).toEqual(['k0', 'k1', 'k2']);
    expect((await verifyStore(dir)).ok).toBe(true);
    disk.heal();
    await expect.poll(() => saved(a.store), { timeout: 5000 }).toBe('saved');
    await a.store.destroy();
    const b = await openDoc(dir);
    expect(keys(b.doc)).toEqual(['k0', 'k1', 'k2', 'k3', 'k4']);
    expect(b.store.reports).toEqual([]);
    await b.store.destroy();
  });

  it('during compaction: the compaction fails, no temp file is left, the journal is whole and still saving', async () => {
    const a = await openDoc(dir, { retryDelayMs: 10 });
    await writeEdits(a.doc, a.store, 0, 3);
    await a.store.compact(); // a snapshot exists, so the next compaction also rewrites .prev files
    await writeEdits(a.doc, a.store, 3, 6);
    const snapshotBefore = readFileSync(join(dir, 'journal.snapshot'));
    disk.fail('ENOSPC');
    await expect(a.store.compact()).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(leftovers(dir)).toEqual([]);
    expect(readFileSync(join(dir, 'journal.snapshot'))).toEqual(snapshotBefore);
    expect(await savedKeys()).toEqual(['k0', 'k1', 'k2', 'k3', 'k4', 'k5']);
    disk.heal();
    await writeEdits(a.doc, a.store, 6, 7);
    await a.store.compact();
    await a.store.destroy();
    expect((await verifyStore(dir)).ok).toBe(true);
    expect(await savedKeys()).toEqual(['k0', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6']);
  });

  it('during a backup: a clear refusal, no half backup left, earlier backups untouched, the next one works', async () => {
    const a = await openDoc(dir);
    migrate(a.doc);
    await writeEdits(a.doc, a.store, 0, 2);
    const backups = new BackupService(dir, a.doc);
    const first = await backups.backupNow('manual');
    const firstBytes = readFileSync(first.path);
    disk.fail('ENOSPC');
    const error = await backups.backupNow('manual').catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^The backup was not written: the disk that holds .* is full\./);
    expect(leftovers(join(dir, 'backups'))).toEqual([]);
    expect((await listBackups(dir)).map((b) => b.file)).toEqual([first.file]);
    expect(readFileSync(first.path)).toEqual(firstBytes);
    await expect(readRestorePlan(first.path)).resolves.toBeDefined();
    disk.heal();
    await expect(backups.backupNow('manual')).resolves.toMatchObject({ reason: 'manual' });
    await a.store.destroy();
  });

  it('when opening: explains, leaves no empty lock behind, and opens at once when space returns', async () => {
    await (await openDoc(dir)).store.destroy();
    disk.fail('ENOSPC');
    const error = await openDoc(dir).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^The journal cannot be opened for writing: the disk .* is full/);
    expect(readdirSync(dir)).not.toContain('journal.lock');
    disk.heal();
    await (await openDoc(dir)).store.destroy();
  });
});

describe('a read-only data folder', () => {
  it('is refused for writing with a clear message, opens read-only, and nothing in it changes', async () => {
    const a = await openDoc(dir);
    await writeEdits(a.doc, a.store, 0, 3);
    await a.store.destroy();
    const before = readdirSync(dir).sort();
    disk.fail('EROFS');
    const error = await openDoc(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiskError);
    expect((error as Error).message).toContain(`Rapport may not write to ${dir}`);
    expect((error as Error).message).toContain('--data-dir');
    const reader = await openDoc(dir, { readOnly: true });
    expect(keys(reader.doc)).toEqual(['k0', 'k1', 'k2']);
    await reader.store.destroy();
    expect(readdirSync(dir).sort()).toEqual(before);
    disk.heal();
    await (await openDoc(dir)).store.destroy();
  });

  it('the CLI reads it and refuses to import into it, saying why (exit 3), without a crash', async () => {
    const a = await openDoc(dir);
    migrate(a.doc);
    await writeEdits(a.doc, a.store, 0, 2);
    await a.store.destroy();
    disk.fail('EROFS');
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    const csv = join(__dirname, '..', 'cli', 'fixtures', 'connections-v1.csv');
    expect(await runCli(['--data-dir', dir, 'import', 'linkedin', csv], io, {})).toBe(3);
    expect(lines.join('\n')).toContain(`Rapport may not write to ${dir} (the folder or its disk is read-only)`);
    expect(lines.join('\n')).not.toContain('unexpected error');
    expect(await runCli(['--data-dir', dir, 'stats'], io, {})).toBe(0);
    expect(await runCli(['--data-dir', dir, 'verify'], io, {})).toBe(0);
  });

  it('turning read-only while open: edits wait with the reason, and are saved once it is writable again', async () => {
    const a = await openDoc(dir, { retryDelayMs: 10 });
    await writeEdits(a.doc, a.store, 0, 1);
    disk.fail('EROFS');
    a.doc.getMap('m').set('k1', 1);
    await expect(a.store.whenFlushed()).rejects.toThrow(/^Edits are not being saved: Rapport may not write to/);
    disk.heal();
    await expect.poll(() => saved(a.store), { timeout: 5000 }).toBe('saved');
    await a.store.destroy();
    expect(await savedKeys()).toEqual(['k0', 'k1']);
  });
});
