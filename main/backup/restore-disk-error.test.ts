// A restore whose disk fails part-way (full, or turned read-only) while the app keeps running: what the app
// shows and what the journal opens as afterwards must agree — old or restored, never a mix.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContact, listContacts } from '@shared/schema';
import { JournalHost } from '../journal/journal-host';
import { disk } from '../store/durable-io';
import { BackupService } from './backup-service';
import { RestoreService } from './restore-service';
import type * as Y from 'yjs';

const realRename = disk.rename;
const dirs: string[] = [];
const hosts: JournalHost[] = [];
afterEach(async () => {
  disk.rename = realRename;
  for (const host of hosts.splice(0)) await host.close().catch(() => undefined);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const names = (doc: Y.Doc): string[] =>
  listContacts(doc)
    .map((c) => c.name)
    .sort();

describe('a restore that the disk refuses part-way', () => {
  it('leaves the app and the journal on disk agreeing, at every step', async () => {
    const outcomes = new Set<string>();
    // Renames 1–3 are the compaction before the restore (no earlier snapshot yet), 4–7 the restore's own steps;
    // at 8 nothing fails.
    for (let failAt = 1; failAt <= 8; failAt += 1) {
      const dir = mkdtempSync(join(tmpdir(), 'rapport-restore-fail-'));
      dirs.push(dir);
      const host = await JournalHost.open(dir);
      hosts.push(host);
      const backups = new BackupService(dir, () => host.doc);
      const restorer = new RestoreService(host, backups, () => undefined);
      createContact(host.doc, { name: 'Noor' });
      const backup = await backups.backupNow('manual');
      createContact(host.doc, { name: 'Elias' });
      await host.store.whenFlushed();
      let renames = 0;
      disk.rename = async (from, to) => {
        // The "before restore" backup is not counted: it is written in full first, whatever the journal's disk does.
        if (String(to).includes('backups')) return realRename(from, to);
        renames += 1;
        if (renames === failAt) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        return realRename(from, to);
      };
      await restorer.restore(backup.file).catch(() => undefined);
      disk.rename = realRename;
      // The app goes on: an edit after the failed (or successful) restore must survive a reopen, on top of
      // exactly what the app showed.
      createContact(host.doc, { name: 'Later' });
      await host.store.whenFlushed();
      const shown = names(host.doc);
      outcomes.add(shown.includes('Elias') ? 'old' : 'restored');
      await host.close();
      hosts.splice(hosts.indexOf(host), 1);
      const reopened = await JournalHost.open(dir);
      hosts.push(reopened);
      expect({ failAt, names: names(reopened.doc) }).toEqual({ failAt, names: shown });
      expect(reopened.reports).toEqual([]);
    }
    expect([...outcomes].sort()).toEqual(['old', 'restored']);
  });
});
