// While a restore (or an adoption) replaces the journal, sync holds off: what a paired device sends waits until
// the restore is done, a session that would start meanwhile waits too (and is dropped if sync restarted on the
// new journal), and relay blobs wait the same way. Otherwise an edit could land in the old journal after its
// "before restore" backup was taken, and be in neither. Loopback only.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact, listContacts, migrate } from '@shared/schema';
import { at } from '@shared/schema/test-support';
import { BackupService } from '../backup/backup-service';
import { RestoreService } from '../backup/restore-service';
import { JournalFileStore } from '../store';
import { cleanTempDirs, tempDir } from '../store/store-test-helpers';
import { identityOf } from '../store/identity';
import { PairedDevices, PAIRED_DEVICES_FILE } from './paired-devices';
import { filePermissionSealer } from './secret-sealer';
import { SyncService } from './sync-service';
import { deriveRelayKeys } from './relay/relay-blob';
import { RelayRoom } from './relay/relay-room';
import { until } from './test-sync';

interface Side {
  store: JournalFileStore;
  service: SyncService;
  restorer: RestoreService;
  /** Lets the restore that `restoring()` started finish. */
  finish: () => void;
}

const open: Side[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) {
    s.finish();
    await s.service.stop();
    await s.store.destroy();
  }
  cleanTempDirs();
});

/** A journal folder whose restorer's journal swap waits for `finish()` (the rest is the real RestoreService). */
async function side(seed?: Y.Doc): Promise<Side> {
  const dir = tempDir();
  const store = await JournalFileStore.open(dir);
  if (seed) Y.applyUpdate(store.doc, Y.encodeStateAsUpdate(seed));
  else migrate(store.doc);
  await store.whenFlushed();
  const made = { store, finish: () => undefined } as unknown as Side;
  const swap = {
    dataDir: dir,
    get identity() {
      return identityOf(store.doc)!;
    },
    store,
    replaceWith: () => new Promise<void>((resolve) => (made.finish = resolve)),
  };
  made.restorer = new RestoreService(swap, new BackupService(dir, () => store.doc), () => undefined);
  const devices = await PairedDevices.open(join(dir, PAIRED_DEVICES_FILE), filePermissionSealer);
  made.service = new SyncService({
    devices,
    journal: () => ({ doc: store.doc, identity: identityOf(store.doc)!, whenFlushed: () => store.whenFlushed() }),
    backoff: { firstMs: 50, maxMs: 200 },
    log: () => undefined,
    restore: made.restorer,
  });
  open.push(made);
  return made;
}

/** Starts an adoption that stays in its journal swap until `finish()`, as a restore would. */
async function restoring(s: Side): Promise<{ done: Promise<unknown> }> {
  const done = s.restorer.adopt(() => ({ state: Y.encodeStateAsUpdate(s.store.doc), backUp: false }));
  await until(() => s.restorer.busy, 'the restore to start');
  return { done }; // wrapped: an async function returning the promise itself would wait for it
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const names = (doc: Y.Doc) =>
  listContacts(doc)
    .map((c) => c.name)
    .sort();

async function paired(): Promise<{ host: Side; joiner: Side }> {
  const host = await side();
  const joiner = await side(host.store.doc);
  await host.service.start({ host: '127.0.0.1', port: 0 });
  const offer = host.service.offerPairing();
  await joiner.service.pair(offer.code, offer.address);
  await until(() => joiner.service.devices()[0]?.state === 'up-to-date', 'the first sync');
  return { host, joiner };
}

describe('sync while a restore runs', () => {
  it('holds what a paired device sends until the restore is done, then applies it in order', async () => {
    const { host, joiner } = await paired();
    const { done: running } = await restoring(host);
    createContact(joiner.store.doc, { name: 'Sent during the restore' }, at('2026-11-20'));
    createContact(joiner.store.doc, { name: 'And another' }, at('2026-11-20'));
    await pause(300);
    expect(names(host.store.doc)).toEqual([]);
    host.finish();
    await running;
    expect(host.restorer.busy).toBe(false);
    await until(() => names(host.store.doc).length === 2, 'the held updates');
    expect(names(host.store.doc)).toEqual(['And another', 'Sent during the restore']);
  });

  it('a session that would start during a restore waits, and is dropped when sync stopped meanwhile', async () => {
    const { host, joiner } = await paired();
    await joiner.service.stop();
    const { done: running } = await restoring(joiner);
    createContact(host.store.doc, { name: 'Made on the host' }, at('2026-11-20'));
    const session = joiner.service.syncWith(hostId(joiner));
    await pause(300);
    expect(names(joiner.store.doc)).toEqual([]); // no session yet: the hello would name the old journal
    await joiner.service.stop(); // as AppSync does once the journal is replaced
    joiner.finish();
    await running;
    expect(await session).toEqual({ kind: 'ended', synced: false });
    await pause(100);
    expect(names(joiner.store.doc)).toEqual([]);
  });

  it('holds relay blobs during a restore, and drops them if the relay stopped meanwhile', async () => {
    const desk = await side();
    const keys = deriveRelayKeys(randomBytes(32));
    const journal = (s: Side) => ({
      doc: s.store.doc,
      identity: identityOf(s.store.doc)!,
      whenFlushed: () => s.store.whenFlushed(),
    });
    const room = (s: Side, roomDoc: Y.Doc) =>
      new RelayRoom(
        roomDoc,
        journal(s),
        keys,
        { synced: () => undefined, refused: () => undefined },
        {
          deviceId: randomBytes(8).toString('hex'),
          log: () => undefined,
          batchMs: 0,
          hold: () => (s.restorer.busy ? s.restorer.whenIdle() : undefined),
        },
      );
    const laptop = await side(desk.store.doc);
    const [deskRoom, laptopRoom] = [new Y.Doc(), new Y.Doc()];
    const deskRelay = room(desk, deskRoom);
    const laptopRelay = room(laptop, laptopRoom);
    deskRelay.catchUp();
    laptopRelay.catchUp();
    const carry = () => Y.applyUpdate(deskRoom, Y.encodeStateAsUpdate(laptopRoom, Y.encodeStateVector(deskRoom)));

    const { done: running } = await restoring(desk);
    createContact(laptop.store.doc, { name: 'Through the relay' }, at('2026-11-20'));
    await pause(20);
    carry();
    await pause(50);
    expect(names(desk.store.doc)).toEqual([]);
    desk.finish();
    await running;
    await until(() => names(desk.store.doc).length === 1, 'the held blob');

    const { done: again } = await restoring(desk);
    createContact(laptop.store.doc, { name: 'Never into the old journal' }, at('2026-11-21'));
    await pause(20);
    carry();
    deskRelay.destroy(); // the relay restarts on the new journal
    desk.finish();
    await again;
    await pause(50);
    expect(names(desk.store.doc)).toEqual(['Through the relay']);
    laptopRelay.destroy();
  });
});

function hostId(joiner: Side): string {
  return joiner.service.devices()[0]!.device;
}
