// "Two journals" end to end under plain Node, on 127.0.0.1 only: two installs, each with its own journal, pair;
// the joining device takes the other's journal (empty) or is backed up and merged into it (both with content);
// without its agreement, or when the host refuses, nothing of its journal changes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact, listContacts, readMeta } from '@shared/schema';
import { at } from '@shared/schema/test-support';
import { decodeRapportFile } from '@shared/export/rapport-file';
import { BackupService } from '../backup/backup-service';
import { RestoreService } from '../backup/restore-service';
import { JournalHost } from '../journal/journal-host';
import { readStoreState } from '../store';
import { cleanTempDirs, tempDir } from '../store/store-test-helpers';
import { adoptJournal } from './adopt-journal';
import { PairedDevices, PAIRED_DEVICES_FILE } from './paired-devices';
import { filePermissionSealer } from './secret-sealer';
import { SyncService } from './sync-service';
import { until, TEST_SYNC_TIMING } from './test-sync';

const LOOPBACK = { host: '127.0.0.1', port: 0 };

interface Side {
  dir: string;
  host: JournalHost;
  devices: PairedDevices;
  service: SyncService;
  restorer: RestoreService;
  /** Resolves once sync runs again on the new journal after a replacement. */
  restarted: Promise<void>;
}

const open: Side[] = [];

async function side(...people: string[]): Promise<Side> {
  const dir = tempDir();
  const host = await JournalHost.open(dir);
  for (const name of people) createContact(host.doc, { name }, at('2026-11-20'));
  await host.store.whenFlushed();
  const devices = await PairedDevices.open(join(dir, PAIRED_DEVICES_FILE), filePermissionSealer);
  const newService = (): SyncService =>
    new SyncService({
      devices,
      journal: () => ({ doc: host.doc, identity: host.identity, whenFlushed: () => host.store.whenFlushed() }),
      ...TEST_SYNC_TIMING,
      log: () => undefined,
    });
  const made = { dir, host, devices, service: newService() } as Side;
  made.restarted = new Promise(() => undefined);
  // As AppSync.journalReplaced does in the app: every conversation with the old document ends, sync starts again.
  made.restorer = new RestoreService(host, new BackupService(dir, () => host.doc), () => {
    made.restarted = (async () => {
      await made.service.stop();
      made.service = newService();
      await made.service.start(LOOPBACK);
    })();
  });
  await made.service.start(LOOPBACK);
  open.push(made);
  return made;
}

afterEach(async () => {
  for (const s of open.splice(0)) {
    await s.service.stop();
    await s.host.close();
  }
  cleanTempDirs();
});

const names = (s: Side) =>
  listContacts(s.host.doc)
    .map((c) => c.name)
    .sort();

async function onDisk(s: Side): Promise<string[]> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await readStoreState(s.dir)).update);
  return listContacts(doc)
    .map((c) => c.name)
    .sort();
}

async function pairDifferent(host: Side, joiner: Side): Promise<string> {
  const offer = host.service.offerPairing();
  const paired = await joiner.service.pair(offer.code, offer.address);
  expect(paired.otherJournal).toBe(true);
  return paired.device;
}

const adopt = (joiner: Side, device: string) =>
  adoptJournal(joiner.service, device, joiner.restorer, () => joiner.host.doc);

describe('pairing two journals', () => {
  it('an empty joining journal takes the other journal, id and epoch included, and the two then sync', async () => {
    const host = await side('Noor', 'Elias');
    const joiner = await side();
    const device = await pairDifferent(host, joiner);

    const backup = await adopt(joiner, device);

    expect(backup).toBeUndefined(); // nothing here to keep
    expect(joiner.host.identity).toEqual(host.host.identity);
    expect(names(joiner)).toEqual(['Elias', 'Noor']);
    expect(await onDisk(joiner)).toEqual(['Elias', 'Noor']); // on disk before adopt() resolved
    await joiner.restarted;
    createContact(host.host.doc, { name: 'From the host' }, at('2026-11-21'));
    createContact(joiner.host.doc, { name: 'From the joiner' }, at('2026-11-21'));
    await until(() => names(host).length === 4 && names(joiner).length === 4, 'edits on both sides to reach the other');
    expect(names(host)).toEqual(names(joiner));
  });

  it('a joining journal with content is backed up, merged into the other entity by entity, and takes its id', async () => {
    const host = await side('Noor');
    const joiner = await side('Astrid', 'Bo');
    const oldId = joiner.host.identity.journalId;
    const device = await pairDifferent(host, joiner);

    const backup = await adopt(joiner, device);

    expect(backup?.reason).toBe('before-pairing');
    expect(existsSync(backup!.path)).toBe(true);
    const kept = new Y.Doc();
    Y.applyUpdate(kept, decodeRapportFile(readFileSync(backup!.path)).state);
    expect(readMeta(kept).journalId).toBe(oldId);
    expect(
      listContacts(kept)
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Astrid', 'Bo']);

    expect(joiner.host.identity).toEqual(host.host.identity);
    expect(names(joiner)).toEqual(['Astrid', 'Bo', 'Noor']);
    expect(await onDisk(joiner)).toEqual(['Astrid', 'Bo', 'Noor']);
    await joiner.restarted;
    await until(() => names(host).length === 3, "the joiner's people to reach the host");
    expect(names(host)).toEqual(['Astrid', 'Bo', 'Noor']);
  });

  it('leaves the joining journal untouched when it does not adopt, or when the host refuses', async () => {
    const host = await side('Noor');
    const joiner = await side('Astrid');
    const before = { identity: joiner.host.identity, state: Y.encodeStateAsUpdate(joiner.host.doc) };
    const device = await pairDifferent(host, joiner);
    // Cancelled: the pairing ran, the journals stay apart.
    await until(() => joiner.service.devices()[0]?.state === 'refused', 'the other-journal refusal');
    expect(joiner.host.identity).toEqual(before.identity);
    expect(names(host)).toEqual(['Noor']);

    // A device that already synced with the host may not take its journal.
    await host.devices.record(joiner.devices.self.device, { lastSyncedAt: new Date() });
    await expect(adopt(joiner, device)).rejects.toThrow(/did not hand over its journal/);
    expect(joiner.host.identity).toEqual(before.identity);
    expect(Y.encodeStateAsUpdate(joiner.host.doc)).toEqual(before.state);
    expect(existsSync(join(joiner.dir, 'backups')) && readdirSync(join(joiner.dir, 'backups'))).toSatisfy(
      (files: false | string[]) => files === false || files.length === 0,
    );
    expect(names(host)).toEqual(['Noor']);
  });
});
