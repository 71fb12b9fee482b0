// The app's sync switch: off at first, on binds and remembers its port, Add device gives a code with its QR
// code, a restart comes back on at the same address, a read-only journal keeps it off, and a restore
// restarts it on the new document. Bound to 127.0.0.1 only.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { migrate } from '@shared/schema';
import { cleanTempDirs, tempDir } from '../store/store-test-helpers';
import { identityOf } from '../store/identity';
import { AppSync } from './app-sync';
import { FakeNetwork } from './discovery';

const opened: AppSync[] = [];

afterEach(async () => {
  for (const sync of opened.splice(0)) await sync.stop();
  cleanTempDirs();
});

function journalOf(doc: Y.Doc) {
  return () => ({ doc, identity: identityOf(doc)!, whenFlushed: () => Promise.resolve() });
}

async function open(dir: string, doc: Y.Doc, writable = true, network?: FakeNetwork): Promise<AppSync> {
  const discovery = network?.adapter();
  const sync = await AppSync.open(dir, journalOf(doc), {
    writable,
    bindHost: '127.0.0.1',
    ...(discovery && { discovery }),
  });
  opened.push(sync);
  return sync;
}

describe('app sync', () => {
  it('is off until turned on, then listens, offers a code with a QR code, and comes back on after a restart', async () => {
    const dir = tempDir();
    const doc = new Y.Doc();
    migrate(doc);
    const sync = await open(dir, doc);
    expect(sync.info()).toMatchObject({ enabled: false, address: null, devices: [] });
    await expect(sync.offer()).rejects.toThrow(/turn it on/);

    const on = await sync.setEnabled(true);
    expect(on.address).toMatch(/^127\.0\.0\.1:\d+$/);
    const offer = await sync.offer();
    expect(offer.code).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(offer.address).toBe(on.address);
    expect(offer.qr).toMatch(/^data:image\/png;base64,/);
    await sync.stop();

    const again = await open(dir, doc);
    expect(again.info()).toMatchObject({ enabled: true, address: on.address });
    await again.setEnabled(false);
    await again.stop();
    expect((await open(dir, doc)).info().enabled).toBe(false);
  });

  it('stays off for a journal it may not write, even when it was on', async () => {
    const dir = tempDir();
    const doc = new Y.Doc();
    migrate(doc);
    const sync = await open(dir, doc);
    await sync.setEnabled(true);
    await sync.stop();
    expect((await open(dir, doc, false)).info().enabled).toBe(false);
  });

  it('starts again on the new document after a restore', async () => {
    const dir = tempDir();
    const doc = new Y.Doc();
    migrate(doc);
    const sync = await open(dir, doc);
    const { address } = await sync.setEnabled(true);
    let changes = 0;
    sync.onChange(() => (changes += 1));
    await sync.journalReplaced();
    expect(sync.info()).toMatchObject({ enabled: true, address });
    expect(changes).toBeGreaterThan(0);
  });

  it('announces this device on its port only while sync is on', async () => {
    const dir = tempDir();
    const doc = new Y.Doc();
    migrate(doc);
    const network = new FakeNetwork();
    const sync = await open(dir, doc, true, network);
    expect(network.advertised).toEqual([]);
    const { address } = await sync.setEnabled(true);
    const port = Number(address!.split(':')[1]);
    expect(network.advertised).toEqual([{ deviceId: expect.any(String), host: '127.0.0.1', port }]);
    expect(network.advertised[0]!.deviceId).not.toContain(sync.info().thisDevice);
    await sync.setEnabled(false);
    expect(network.advertised).toEqual([]);
  });
});
