// Restores and epochs across devices, end to end through the real SyncService on 127.0.0.1: two paired devices
// sync; one restores a backup (a new epoch) and edits while the other edits offline; when they meet again the
// older one backs itself up ("before restore"), keeps its unsynced edits in that backup, and takes the new
// epoch's state — nothing of its old state reaches the restored journal. Another journal is still refused.
import { readFileSync } from 'node:fs';
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
import { adoptJournal } from './adopt-journal';
import { followNewerEpoch, type EpochFollowed } from './epoch-follow';
import { EpochMarks, EPOCH_MARK_FILE } from './epoch-marks';
import { PairedDevices, PAIRED_DEVICES_FILE } from './paired-devices';
import { filePermissionSealer } from './secret-sealer';
import { SyncService } from './sync-service';
import { until as waitUntil, TEST_SYNC_TIMING } from './test-sync';

interface Side {
  dir: string;
  host: JournalHost;
  devices: PairedDevices;
  service: SyncService;
  backups: BackupService;
  restorer: RestoreService;
  followed: EpochFollowed[];
  /** Starts sync again on the journal as it is now, on the same port (paired devices keep the address). */
  restart(): Promise<void>;
  restarted: Promise<void>;
}

const open: Side[] = [];

async function side(...people: string[]): Promise<Side> {
  const dir = tempDir();
  const host = await JournalHost.open(dir);
  for (const name of people) createContact(host.doc, { name }, at('2026-11-20'));
  await host.store.whenFlushed();
  const devices = await PairedDevices.open(join(dir, PAIRED_DEVICES_FILE), filePermissionSealer);
  const marks = await EpochMarks.open(join(dir, EPOCH_MARK_FILE));
  const journal = () => ({ doc: host.doc, identity: host.identity, whenFlushed: () => host.store.whenFlushed() });
  const made = { dir, host, devices, followed: [] as EpochFollowed[] } as Side;
  made.backups = new BackupService(dir, () => host.doc);
  made.restarted = Promise.resolve();
  made.restorer = new RestoreService(host, made.backups, () => (made.restarted = made.restart()));
  const follow = followNewerEpoch({ restorer: made.restorer, journal, marks });
  let port = 0;
  const newService = (): SyncService =>
    new SyncService({
      devices,
      journal,
      ...TEST_SYNC_TIMING,
      log: () => undefined,
      synced: (j) => marks.record(j),
      newerEpoch: (state, peer, from) =>
        void follow(state, peer, from).then((done) => done && made.followed.push(done)),
    });
  made.restart = async () => {
    await made.service.stop();
    made.service = newService();
    await made.service.start({ host: '127.0.0.1', port });
  };
  made.service = newService();
  const address = await made.service.start({ host: '127.0.0.1', port: 0 });
  port = Number(address.slice(address.lastIndexOf(':') + 1));
  open.push(made);
  return made;
}

afterEach(async () => {
  for (const s of open.splice(0)) {
    await s.restarted.catch(() => undefined);
    await s.service.stop();
    await s.host.close();
  }
  cleanTempDirs();
});

const until = (check: () => boolean, what: string, ms = 8000): Promise<void> => waitUntil(check, what, ms);

const names = (s: Side): string[] =>
  listContacts(s.host.doc)
    .map((c) => c.name)
    .sort();

const has = (s: Side, name: string): boolean => names(s).includes(name);

/** `joiner` pairs with `host` and takes its journal (it is empty), so both hold one journal and sync. */
async function pairedPair(): Promise<{ host: Side; joiner: Side }> {
  const host = await side('Noor');
  const joiner = await side();
  const offer = host.service.offerPairing();
  const paired = await joiner.service.pair(offer.code, offer.address);
  await adoptJournal(joiner.service, paired.device, joiner.restorer, () => joiner.host.doc);
  await joiner.restarted;
  createContact(host.host.doc, { name: 'Synced before' }, at('2026-11-21'));
  await until(() => has(joiner, 'Synced before'), 'the first sync');
  return { host, joiner };
}

/** `s` restores the backup it takes now, after an edit that the restore then drops. */
async function restoreOn(s: Side): Promise<void> {
  const backup = await s.backups.backupNow('manual');
  createContact(s.host.doc, { name: 'Dropped by the restore' }, at('2026-11-22'));
  await s.restorer.restore(backup.file);
  await s.restarted;
}

describe('a restore on one device reaching a paired device', () => {
  it.each(['host', 'joiner'] as const)(
    'the %s restores: the other backs up its unsynced edits and takes the new epoch, merging nothing back',
    async (restoring) => {
      const pair = await pairedPair();
      const [a, b] = restoring === 'host' ? [pair.host, pair.joiner] : [pair.joiner, pair.host];
      await b.service.stop(); // b goes offline
      await restoreOn(a);
      expect(a.host.identity.epoch).toBe(b.host.identity.epoch + 1);
      createContact(a.host.doc, { name: 'Edited on A after the restore' }, at('2026-11-23'));
      createContact(b.host.doc, { name: 'Edited offline on B' }, at('2026-11-23'));
      await b.host.store.whenFlushed();
      const oldIdentity = b.host.identity;

      await b.restart(); // they meet again
      await until(() => b.followed.length === 1, 'B to take the restored journal');
      await b.restarted;
      await until(() => b.host.identity.epoch === a.host.identity.epoch, 'B on the new epoch');

      // B holds A's state, nothing of its own old state.
      expect(b.host.identity).toEqual(a.host.identity);
      expect(names(b)).toEqual(['Edited on A after the restore', 'Noor', 'Synced before']);
      // B's backup keeps how it was, its offline edit included, and the app says so.
      const [followed] = b.followed as [EpochFollowed];
      expect(followed.editsKept).toBe(true);
      expect(followed.backup.reason).toBe('before-restore');
      expect(followed.text).toContain(a.devices.self.name);
      expect(followed.text).toMatch(/since the last sync/);
      const kept = new Y.Doc();
      Y.applyUpdate(kept, decodeRapportFile(readFileSync(followed.backup.path)).state);
      expect(listContacts(kept).map((c) => c.name)).toContain('Edited offline on B');
      expect(kept.getMap('meta').get('epoch')).toBe(oldIdentity.epoch);

      // From then on they sync as one epoch; A never received B's old state.
      createContact(b.host.doc, { name: 'Edited on B after taking it' }, at('2026-11-24'));
      await until(() => has(a, 'Edited on B after taking it'), "B's new edit to reach A");
      expect(names(a)).toEqual([
        'Edited on A after the restore',
        'Edited on B after taking it',
        'Noor',
        'Synced before',
      ]);
      expect(has(a, 'Edited offline on B') || has(a, 'Dropped by the restore')).toBe(false);
      expect(names(b)).toEqual(names(a));
    },
  );

  it('says the backup holds nothing new when the older device made no edits since the last sync', async () => {
    const { host, joiner } = await pairedPair();
    await until(() => joiner.service.devices()[0]?.state === 'up-to-date', 'the joiner to be up to date');
    await new Promise((resolve) => setTimeout(resolve, 100)); // the last "synced" mark is taken once flushed
    await joiner.service.stop();
    await restoreOn(host);
    await joiner.restart();
    await until(() => joiner.followed.length === 1, 'the joiner to take the restored journal');
    expect(joiner.followed[0]!.editsKept).toBe(false);
    expect(joiner.followed[0]!.text).not.toMatch(/since the last sync/);
    await joiner.restarted;
    await until(() => names(joiner).join() === names(host).join(), 'the two to agree');
    expect(names(joiner)).toEqual(['Noor', 'Synced before']);
  });

  it('still refuses a device that keeps another journal, changing nothing on either side', async () => {
    const { host } = await pairedPair();
    const other = await side('Astrid');
    const before = Y.encodeStateAsUpdate(other.host.doc);
    const offer = host.service.offerPairing();
    await other.service.pair(offer.code, offer.address);
    await until(() => other.service.devices()[0]?.state === 'refused', 'the other-journal refusal');
    expect(Y.encodeStateAsUpdate(other.host.doc)).toEqual(before);
    expect(other.followed).toEqual([]);
    expect(names(host)).toEqual(['Noor', 'Synced before']);
  });
});
