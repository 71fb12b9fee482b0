// Discovery wired into sync, under plain Node on 127.0.0.1 with the in-memory fake (never multicast): a host
// that comes back on another port is found there and synced with; a spoofed announcement only gets refused.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact, listContacts, migrate } from '@shared/schema';
import { at } from '@shared/schema/test-support';
import { JournalFileStore } from '../store';
import { cleanTempDirs, tempDir } from '../store/store-test-helpers';
import { identityOf } from '../store/identity';
import { deviceTag, FakeNetwork } from './discovery';
import { PairedDevices, PAIRED_DEVICES_FILE } from './paired-devices';
import { filePermissionSealer } from './secret-sealer';
import { SyncService } from './sync-service';
import { until, TEST_SYNC_TIMING } from './test-sync';

const LOOPBACK = { host: '127.0.0.1', port: 0 };
const open: { store: JournalFileStore; service: SyncService }[] = [];

async function side(network: FakeNetwork, seed?: Y.Doc) {
  const dir = tempDir();
  const store = await JournalFileStore.open(dir);
  if (seed) Y.applyUpdate(store.doc, Y.encodeStateAsUpdate(seed));
  else migrate(store.doc);
  await store.whenFlushed();
  const devices = await PairedDevices.open(join(dir, PAIRED_DEVICES_FILE), filePermissionSealer);
  const service = new SyncService({
    devices,
    journal: () => ({ doc: store.doc, identity: identityOf(store.doc)!, whenFlushed: () => store.whenFlushed() }),
    ...TEST_SYNC_TIMING,
    log: () => undefined,
    discovery: network.adapter('127.0.0.1'),
  });
  open.push({ store, service });
  return { store, devices, service };
}

afterEach(async () => {
  for (const s of open.splice(0)) {
    await s.service.stop();
    await s.store.destroy();
  }
  cleanTempDirs();
});

const has = (store: JournalFileStore, name: string) => listContacts(store.doc).some((c) => c.name === name);

async function paired(network: FakeNetwork) {
  const host = await side(network);
  const joiner = await side(network, host.store.doc);
  const address = await host.service.start(LOOPBACK);
  await joiner.service.start(LOOPBACK);
  await joiner.service.pair(host.service.offerPairing().code, address);
  createContact(host.store.doc, { name: 'Before the move' }, at('2026-11-20'));
  await until(() => has(joiner.store, 'Before the move'), 'the first sync');
  return { host, joiner, address };
}

describe('discovery', () => {
  it('announces only an opaque tag of the device id, and only while sync is on', async () => {
    const network = new FakeNetwork();
    const host = await side(network);
    await host.service.start(LOOPBACK);
    const [announced] = network.advertised;
    expect(announced?.deviceId).toBe(deviceTag(host.devices.self.device));
    expect(announced?.deviceId).not.toContain(host.devices.self.device);
    expect(announced?.deviceId).not.toContain(identityOf(host.store.doc)!.journalId);
    await host.service.stop();
    expect(network.advertised).toEqual([]);
  });

  it('finds a paired host that came back on another port, stores its address and syncs there', async () => {
    const network = new FakeNetwork();
    const { host, joiner, address } = await paired(network);

    await host.service.stop();
    const moved = await host.service.start(LOOPBACK);
    expect(moved).not.toBe(address);
    createContact(host.store.doc, { name: 'After the move' }, at('2026-11-21'));
    createContact(joiner.store.doc, { name: 'Made on the laptop' }, at('2026-11-21'));

    await until(() => has(joiner.store, 'After the move'), 'the host edit at its new address');
    await until(() => has(host.store, 'Made on the laptop'), 'the joiner edit at the host');
    expect(joiner.devices.get(host.devices.self.device)?.address).toBe(moved);
  });

  it('a spoofed announcement only leads to a refused connection; the real one brings sync back', async () => {
    const network = new FakeNetwork();
    const { host, joiner } = await paired(network);
    const stranger = await side(network, host.store.doc);
    const strangerAddress = await stranger.service.start(LOOPBACK);
    const strangerPort = Number(strangerAddress.split(':')[1]);

    // Someone on the network claims the host's tag at the stranger's port.
    const hostDevice = host.devices.self.device;
    const spoofer = network.adapter('127.0.0.1');
    spoofer.advertise({ deviceId: deviceTag(hostDevice), port: strangerPort });
    await until(() => joiner.service.devices()[0]?.state === 'refused', 'the spoofed address to be refused');
    createContact(stranger.store.doc, { name: 'From the stranger' }, at('2026-11-21'));
    expect(has(joiner.store, 'From the stranger')).toBe(false);
    await spoofer.stop();

    // The host announces again (it restarts): the joiner goes back to it.
    await host.service.stop();
    const back = await host.service.start(LOOPBACK);
    createContact(host.store.doc, { name: 'Back again' }, at('2026-11-22'));
    await until(() => has(joiner.store, 'Back again'), 'sync with the real host');
    expect(joiner.devices.get(hostDevice)?.address).toBe(back);
    expect(has(joiner.store, 'From the stranger')).toBe(false);
  });
});
