// Restores across devices as the app wires them (AppSync with the RestoreService, as main/index.ts does): the
// older device takes the restored journal, its Settings → Devices row carries the sentence, and the
// "last synced" mark is on disk beside the paired-device file. 127.0.0.1 only.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact, listContacts } from '@shared/schema';
import { at } from '@shared/schema/test-support';
import { decodeRapportFile } from '@shared/export/rapport-file';
import { BackupService } from '../backup/backup-service';
import { RestoreService } from '../backup/restore-service';
import { JournalHost } from '../journal/journal-host';
import { cleanTempDirs, tempDir } from '../store/store-test-helpers';
import { AppSync } from './app-sync';
import { EPOCH_MARK_FILE } from './epoch-marks';
import { until as waitUntil } from './test-sync';

interface Install {
  dir: string;
  host: JournalHost;
  backups: BackupService;
  restorer: RestoreService;
  sync: AppSync;
}

const installs: Install[] = [];

afterEach(async () => {
  for (const i of installs.splice(0)) {
    await i.sync.stop();
    await i.host.close();
  }
  cleanTempDirs();
});

async function install(from?: Install): Promise<Install> {
  const dir = tempDir();
  const host = await JournalHost.open(dir);
  if (from) await host.replaceWith(Y.encodeStateAsUpdate(from.host.doc)); // one journal, as after pairing
  const made = { dir, host } as Install;
  made.backups = new BackupService(dir, () => host.doc);
  made.restorer = new RestoreService(host, made.backups, () => void made.sync.journalReplaced());
  const journal = () => ({ doc: host.doc, identity: host.identity, whenFlushed: () => host.store.whenFlushed() });
  made.sync = await AppSync.open(dir, journal, { writable: true, bindHost: '127.0.0.1', restorer: made.restorer });
  installs.push(made);
  return made;
}

const until = (check: () => boolean, what: string, ms = 8000): Promise<void> => waitUntil(check, what, ms);

const names = (i: Install) =>
  listContacts(i.host.doc)
    .map((c) => c.name)
    .sort();

describe('the app across a restore on a paired device', () => {
  it('takes the restored journal, keeps its offline edit in the backup and says so on the device row', async () => {
    const desk = await install();
    createContact(desk.host.doc, { name: 'Noor' }, at('2026-11-20'));
    const laptop = await install(desk);
    await desk.sync.setEnabled(true);
    const offer = await desk.sync.offer();
    await laptop.sync.join(offer.code, offer.address);
    await until(() => laptop.sync.info().devices[0]?.state === 'up-to-date', 'the first sync');

    await laptop.sync.setEnabled(false); // the laptop goes offline
    const backup = await desk.backups.backupNow('manual');
    await desk.restorer.restore(backup.file);
    createContact(desk.host.doc, { name: 'After the restore' }, at('2026-11-21'));
    createContact(laptop.host.doc, { name: 'Offline on the laptop' }, at('2026-11-21'));
    await laptop.host.store.whenFlushed();

    await laptop.sync.setEnabled(true);
    await until(() => laptop.sync.info().devices[0]?.notice !== undefined, 'the notice');
    const row = laptop.sync.info().devices[0]!;
    expect(row.name).toBe(desk.sync.info().thisDevice);
    expect(row.notice).toMatch(new RegExp(`^${row.name} restored a backup.*since the last sync.*before restore from`));
    await until(() => names(laptop).includes('After the restore'), 'the restored journal with its new edit');
    expect(laptop.host.identity).toEqual(desk.host.identity);
    expect(names(laptop)).toEqual(['After the restore', 'Noor']);
    expect(names(desk)).toEqual(['After the restore', 'Noor']);

    const kept = (await laptop.backups.list()).find((b) => b.reason === 'before-restore')!;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, decodeRapportFile(readFileSync(kept.path)).state);
    expect(listContacts(doc).map((c) => c.name)).toContain('Offline on the laptop');
    await laptop.sync.stop();
    expect(existsSync(join(laptop.dir, EPOCH_MARK_FILE))).toBe(true);
  });
});
