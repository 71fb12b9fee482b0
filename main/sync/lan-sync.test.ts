// Direct sync end to end under plain Node, on 127.0.0.1 only: two journals in their own folders (file stores),
// each with its own device state, pair with a code, edit on both sides, converge, survive a cut and a stop
// of one side (edits made meanwhile sync on reconnect), and an unpaired device is refused.
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact, listContacts, migrate } from '@shared/schema';
import { at } from '@shared/schema/test-support';
import { JournalFileStore } from '../store';
import { cleanTempDirs, tempDir } from '../store/store-test-helpers';
import { identityOf } from '../store/identity';
import { DEFAULT_LIMITS } from './limits';
import { PairedDevices, PAIRED_DEVICES_FILE } from './paired-devices';
import { connectHandshake, HandshakeError } from './handshake-session';
import { filePermissionSealer } from './secret-sealer';
import { connectSocket } from './sockets';
import { parseAddress } from './address';
import { SyncService } from './sync-service';
import type { SyncLogEntry } from './sync-log';
import { wsWire } from './wire';
import { until, TEST_SYNC_TIMING } from './test-sync';

const LOOPBACK = { host: '127.0.0.1', port: 0 };

interface Side {
  dir: string;
  store: JournalFileStore;
  devices: PairedDevices;
  service: SyncService;
  log: SyncLogEntry[];
}

const open: Side[] = [];

async function side(seed?: Y.Doc): Promise<Side> {
  const dir = tempDir();
  const store = await JournalFileStore.open(dir);
  if (seed) Y.applyUpdate(store.doc, Y.encodeStateAsUpdate(seed));
  else migrate(store.doc);
  await store.whenFlushed();
  const devices = await PairedDevices.open(join(dir, PAIRED_DEVICES_FILE), filePermissionSealer);
  const log: SyncLogEntry[] = [];
  const service = new SyncService({
    devices,
    journal: () => ({ doc: store.doc, identity: identityOf(store.doc)!, whenFlushed: () => store.whenFlushed() }),
    ...TEST_SYNC_TIMING,
    log: (entry) => log.push(entry),
  });
  const made = { dir, store, devices, service, log };
  open.push(made);
  return made;
}

afterEach(async () => {
  for (const s of open.splice(0)) {
    await s.service.stop();
    await s.store.destroy();
  }
  cleanTempDirs();
});

const names = (s: Side) =>
  listContacts(s.store.doc)
    .map((c) => c.name)
    .sort();

async function pairedSides(): Promise<{ host: Side; joiner: Side; address: string }> {
  const host = await side();
  const joiner = await side(host.store.doc); // the joiner took the host's journal (same id and epoch)
  const address = await host.service.start(LOOPBACK);
  await joiner.service.start(LOOPBACK);
  const offer = host.service.offerPairing();
  expect(offer.address).toBe(address);
  expect(address).toMatch(/^127\.0\.0\.1:\d+$/);
  await joiner.service.pair(offer.code, offer.address);
  return { host, joiner, address };
}

describe('direct sync on the local network', () => {
  it('pairs with a code, converges edits from both sides, and keeps them on disk', async () => {
    const { host, joiner } = await pairedSides();
    expect(host.devices.list().map((d) => d.name)).toEqual([joiner.devices.self.name]);
    expect(joiner.devices.list()[0]).toMatchObject({ device: host.devices.self.device, address: expect.any(String) });
    for (const file of [host, joiner]) expect(statSync(join(file.dir, PAIRED_DEVICES_FILE)).mode & 0o777).toBe(0o600);

    for (let i = 0; i < 20; i += 1) {
      createContact(host.store.doc, { name: `Host ${i}` }, at('2026-11-20'));
      createContact(joiner.store.doc, { name: `Joiner ${i}` }, at('2026-11-21'));
    }
    await until(() => names(host).length === 40 && names(joiner).length === 40, 'forty contacts on both sides');
    expect(names(host)).toEqual(names(joiner));
    await until(() => joiner.service.devices()[0]?.state === 'up-to-date', 'the joiner to say up to date');
    expect(joiner.devices.list()[0]?.lastSyncedAt).toBeDefined();

    // Received edits went through the store: a fresh read of the joiner's folder has the host's contacts.
    await joiner.store.whenFlushed();
    const { readStoreState } = await import('../store');
    const reread = new Y.Doc();
    Y.applyUpdate(reread, (await readStoreState(joiner.dir)).update);
    expect(listContacts(reread).filter((c) => c.name.startsWith('Host'))).toHaveLength(20);
  });

  it('refuses a code that was already used, and stores nothing', async () => {
    const { host } = await pairedSides();
    const stranger = await side(host.store.doc);
    const used = host.service.offerPairing();
    await stranger.service.pair(used.code, used.address);
    const third = await side(host.store.doc);
    await expect(third.service.pair(used.code, used.address)).rejects.toThrow(/not accepted/);
    expect(third.devices.list()).toEqual([]);
  });

  it('survives a cut connection and a stopped host; edits made offline sync on reconnect', async () => {
    const { host, joiner, address } = await pairedSides();
    createContact(host.store.doc, { name: 'Before the cut' }, at('2026-11-20'));
    await until(() => names(joiner).includes('Before the cut'), 'the first edit');

    // A cut: the host drops every socket; the joiner's link reconnects by itself.
    const server = (host.service as unknown as { server: { clients: Set<{ terminate(): void }> } }).server;
    for (const client of server.clients) client.terminate();
    createContact(host.store.doc, { name: 'During the cut' }, at('2026-11-21'));
    await until(() => names(joiner).includes('During the cut'), 'the edit made during the cut');

    // The host stops; both sides edit while apart; the host comes back on the same port.
    await host.service.stop();
    await until(() => joiner.service.devices()[0]?.state === 'offline', 'the joiner to see the host offline');
    createContact(host.store.doc, { name: 'Offline on the host' }, at('2026-11-22'));
    createContact(joiner.store.doc, { name: 'Offline on the joiner' }, at('2026-11-22'));
    await new Promise((resolve) => setTimeout(resolve, 150)); // the joiner retries and fails meanwhile
    await host.service.start(parseAddress(address));
    await until(
      () => names(host).includes('Offline on the joiner') && names(joiner).includes('Offline on the host'),
      'offline edits on both sides after reconnecting',
    );
    expect(names(host)).toEqual(names(joiner));
  });

  it('refuses a device that is not paired, and one that was unpaired', async () => {
    const { host, joiner, address } = await pairedSides();
    const stranger = await side(host.store.doc);
    const socket = await connectSocket(parseAddress(address), DEFAULT_LIMITS);
    const attempt = connectHandshake(
      wsWire(socket),
      { mode: 'session', key: randomBytes(32), peerDevice: host.devices.self.device },
      { self: stranger.devices.self, limits: DEFAULT_LIMITS, log: () => undefined },
    );
    await expect(attempt).rejects.toThrow(HandshakeError);
    await expect(attempt).rejects.toMatchObject({ reason: 'unpaired' });
    expect(host.log.some((e) => e.event === 'incoming handshake refused: unpaired')).toBe(true);

    await host.service.unpair(joiner.devices.self.device);
    await until(() => joiner.service.devices()[0]?.state === 'refused', 'the joiner to be refused');
    expect(joiner.devices.list()[0]?.lastError).toMatch(/no longer knows this one/);
    createContact(joiner.store.doc, { name: 'After unpairing' }, at('2026-11-23'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(names(host)).not.toContain('After unpairing');
  });

  it('pairs with a device on another journal but refuses to sync it, with a clear status', async () => {
    const host = await side();
    const other = await side(); // its own journal
    createContact(other.store.doc, { name: 'Other journal' }, at('2026-11-20'));
    await host.service.start(LOOPBACK);
    const offer = host.service.offerPairing();
    await other.service.pair(offer.code, offer.address);
    await until(() => other.service.devices()[0]?.state === 'refused', 'the refusal');
    expect(other.devices.list()[0]?.lastError).toMatch(/keeps a different journal/);
    expect(names(host)).toEqual([]);
  });

  it('turns browsers away before any handshake', async () => {
    const host = await side();
    const address = await host.service.start(LOOPBACK);
    const { WebSocket } = await import('ws');
    const socket = new WebSocket(`ws://${address}/`, { headers: { Origin: 'http://evil.example' } });
    const error = await new Promise<Error>((resolve) => socket.once('error', resolve));
    expect(error.message).toMatch(/401/);
  });
});
