// Restoring a backup into a live journal (JournalHost on a real folder), under plain Node.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { createContact, listContacts, readMeta, updateContact } from '@shared/schema';
import { decodeRapportFile } from '@shared/export/rapport-file';
import { JournalHost } from '../journal/journal-host';
import { MAGIC } from '../store/record-log';
import { BackupService } from './backup-service';
import { RestoreService } from './restore-service';

const dirs: string[] = [];
const hosts: JournalHost[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close().catch(() => undefined);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function journal() {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-restore-'));
  dirs.push(dir);
  const host = await JournalHost.open(dir);
  hosts.push(host);
  const backups = new BackupService(dir, () => host.doc);
  let replaced = 0;
  const restorer = new RestoreService(host, backups, () => (replaced += 1));
  return { dir, host, backups, restorer, replaced: () => replaced };
}

const names = (doc: Y.Doc): string[] => listContacts(doc).map((c) => `${c.name}|${c.company}`);
const backupFiles = (dir: string): string[] => readdirSync(join(dir, 'backups')).sort();

describe('RestoreService', () => {
  it('replaces the journal with the backup exactly, under a new epoch, after backing up the present', async () => {
    const { dir, host, backups, restorer, replaced } = await journal();
    const noor = createContact(host.doc, { name: 'Noor', company: 'Ljusgården' });
    const backup = await backups.backupNow('manual');
    const backedUp = names(host.doc);
    createContact(host.doc, { name: 'Elias' });
    updateContact(host.doc, noor, { company: 'Skogsdata' });
    await host.store.whenFlushed();
    const { journalId, epoch } = host.identity;
    const oldDoc = host.doc;

    const outcome = await restorer.restore(backup.file);

    expect(host.doc).not.toBe(oldDoc);
    expect(names(host.doc)).toEqual(backedUp);
    expect(host.identity).toMatchObject({ journalId, epoch: epoch + 1 });
    expect(outcome.epoch).toBe(epoch + 1);
    expect(replaced()).toBe(1);
    // The present state was kept: the "before restore" backup holds the edits the restore took away.
    expect(outcome.before.reason).toBe('before-restore');
    const before = new Y.Doc();
    Y.applyUpdate(before, decodeRapportFile(readFileSync(outcome.before.path)).state);
    expect(names(before).sort()).toEqual(['Elias|', 'Noor|Skogsdata']);
    expect(backupFiles(dir)).toEqual([backup.file, outcome.before.file].sort());

    // On disk: only the restored state — an empty log — and it opens as restored.
    expect(statSync(join(dir, 'journal.log')).size).toBe(MAGIC.length);
    await host.close();
    hosts.splice(0);
    const reopened = await JournalHost.open(dir);
    hosts.push(reopened);
    expect(names(reopened.doc)).toEqual(backedUp);
    expect(reopened.identity.epoch).toBe(epoch + 1);
  });

  it('keeps working after a restore: new edits are saved in the new document, and a second restore goes higher', async () => {
    const { dir, host, backups, restorer } = await journal();
    createContact(host.doc, { name: 'Noor' });
    const first = await backups.backupNow('manual');
    await restorer.restore(first.file);
    createContact(host.doc, { name: 'Maja' });
    await host.store.whenFlushed();
    const epoch = host.identity.epoch;
    // Restoring the "before restore" backup (epoch 1) still moves forward: epochs never repeat.
    const [beforeRestore] = (await backups.list()).filter((b) => b.reason === 'before-restore');
    await restorer.restore(beforeRestore!.file);
    expect(host.identity.epoch).toBe(epoch + 1);
    expect(names(host.doc)).toEqual(['Noor|']);
    await host.close();
    hosts.splice(0);
    const reopened = await JournalHost.open(dir);
    hosts.push(reopened);
    expect(names(reopened.doc)).toEqual(['Noor|']);
    expect(readMeta(reopened.doc).epoch).toBe(epoch + 1);
  });

  it('a damaged snapshot after a restore falls back to the restored state, never to what it replaced', async () => {
    const { dir, host, backups, restorer } = await journal();
    createContact(host.doc, { name: 'Noor' });
    const backup = await backups.backupNow('manual');
    createContact(host.doc, { name: 'Elias' });
    await host.store.whenFlushed();
    await host.store.compact(); // journal.log.prev now holds Elias
    await restorer.restore(backup.file);
    await host.close();
    const snapshot = join(dir, 'journal.snapshot');
    const bytes = new Uint8Array(readFileSync(snapshot));
    bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 0xff;
    writeFileSync(snapshot, bytes);
    const reopened = await JournalHost.open(dir);
    hosts.push(reopened);
    expect(reopened.reports.map((r) => r.kind)).toEqual(['corrupt-snapshot', 'recovered']);
    expect(names(reopened.doc)).toEqual(['Noor|']);
  });

  it('refuses a damaged or cut-off backup with a clear message and leaves the journal untouched', async () => {
    const { dir, host, backups, restorer, replaced } = await journal();
    for (let i = 0; i < 30; i += 1) createContact(host.doc, { name: `Person ${i}`, company: 'Ljusgården' });
    const good = await backups.backupNow('manual');
    createContact(host.doc, { name: 'After the backup' });
    await host.store.whenFlushed();
    const present = names(host.doc);
    const epoch = host.identity.epoch;
    const bytes = readFileSync(good.path);

    const garbage = good.file.replace('-manual', '-daily');
    writeFileSync(join(dir, 'backups', garbage), 'this is not a snapshot');
    await expect(restorer.restore(garbage)).rejects.toThrow(
      /cannot be restored: Not a Rapport snapshot.*Nothing was changed\./,
    );

    const cut = good.file.replace('-manual', '-before-import');
    writeFileSync(join(dir, 'backups', cut), bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await expect(restorer.restore(cut)).rejects.toThrow(
      /cannot be restored: .*(cut off|cannot be read).*Nothing was changed\./,
    );

    await expect(restorer.restore('../journal.snapshot')).rejects.toThrow('is not the name of a Rapport backup');
    await expect(restorer.restore('rapport-2020-01-01T00-00-00-000Z-daily.rapport')).rejects.toThrow(
      'There is no backup named',
    );

    expect(names(host.doc)).toEqual(present);
    expect(host.identity.epoch).toBe(epoch);
    expect(replaced()).toBe(0);
    expect(backupFiles(dir).some((f) => f.endsWith('-before-restore.rapport'))).toBe(false);
  });

  it('refuses a second restore while one is running, and lets writers wait for it', async () => {
    const { host, backups, restorer } = await journal();
    createContact(host.doc, { name: 'Noor' });
    const backup = await backups.backupNow('manual');
    const first = restorer.restore(backup.file);
    await expect(restorer.restore(backup.file)).rejects.toThrow('already running');
    let idle = false;
    const waiting = restorer.whenIdle().then(() => (idle = true));
    expect(idle).toBe(false);
    await first;
    await waiting;
    expect(idle).toBe(true);
  });
});
