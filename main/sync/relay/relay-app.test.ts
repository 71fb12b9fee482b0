// The relay as the app runs it: settings are checked and kept beside the paired devices (the key made on the
// first save, sealed, never shown), a device that pairs receives them inside the encrypted channel, and while
// sync is on both sync through a real relay on 127.0.0.1, with no direct link left between them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact, listContacts, migrate } from '@shared/schema';
import { at } from '@shared/schema/test-support';
import { cleanTempDirs, tempDir } from '../../store/store-test-helpers';
import { identityOf } from '../../store/identity';
import { AppSync } from '../app-sync';
import { PAIRED_DEVICES_FILE } from '../paired-devices';
import { startTestRelay, type TestRelay } from './relay-test-server';
import { until as waitUntil } from '../test-sync';

const opened: AppSync[] = [];
const relays: TestRelay[] = [];

afterEach(async () => {
  for (const sync of opened.splice(0)) await sync.stop();
  for (const relay of relays.splice(0)) await relay.stop();
  cleanTempDirs();
});

async function open(dir: string, doc: Y.Doc | (() => Y.Doc)): Promise<AppSync> {
  const current = typeof doc === 'function' ? doc : () => doc;
  const journal = () => ({ doc: current(), identity: identityOf(current())!, whenFlushed: () => Promise.resolve() });
  const sync = await AppSync.open(dir, journal, { writable: true, bindHost: '127.0.0.1' });
  opened.push(sync);
  return sync;
}

const until = (check: () => boolean, what: string, ms = 8000): Promise<void> => waitUntil(check, what, ms);

const stored = (dir: string) => JSON.parse(readFileSync(join(dir, PAIRED_DEVICES_FILE), 'utf8'));

describe('relay settings in the app', () => {
  it('refuses a wrong URL or room with a sentence and keeps nothing', async () => {
    const doc = new Y.Doc();
    migrate(doc);
    const sync = await open(tempDir(), doc);
    await expect(sync.saveRelay('https://relay.example.org', 'room')).rejects.toThrow(/not a relay address/);
    await expect(sync.saveRelay('wss://relay.example.org', 'a room with spaces')).rejects.toThrow(/room name/);
    expect(sync.info().relay).toBeNull();
  });

  it('hands the relay to a device that pairs, and both sync through it with the direct link off', async () => {
    const relay = await startTestRelay(tempDir());
    relays.push(relay);
    const hostDir = tempDir();
    const hostDoc = new Y.Doc();
    migrate(hostDoc);
    const host = await open(hostDir, hostDoc);
    await host.setEnabled(true);
    const saved = await host.saveRelay(`${relay.url}/`, '');
    expect(saved.relay).toMatchObject({ url: relay.url, room: expect.stringMatching(/^rapport-[A-Za-z0-9]+$/) });
    const key = stored(hostDir).relay.key as string;
    expect(Buffer.from(key, 'base64')).toHaveLength(32);
    await host.saveRelay(relay.url, 'our-room');
    expect(stored(hostDir).relay).toMatchObject({ room: 'our-room', key }); // the key stays across saves
    await until(() => host.info().relay?.state === 'up-to-date', 'the host to sync through the relay');

    const joinerDir = tempDir();
    const joinerDoc = new Y.Doc();
    Y.applyUpdate(joinerDoc, Y.encodeStateAsUpdate(hostDoc));
    const joiner = await open(joinerDir, joinerDoc);
    const offer = await host.offer();
    await joiner.join(offer.code, offer.address);
    await until(() => joiner.info().relay?.state === 'up-to-date', 'the joiner to sync through the relay');
    expect(joiner.info().relay).toMatchObject({ url: relay.url, room: 'our-room', lastError: null });
    expect(stored(joinerDir).relay.key).toBe(key);

    // Only the relay is left between them: once they unpair, no direct link remains.
    await joiner.unpair(joiner.info().devices[0]!.id);
    await host.unpair(host.info().devices[0]!.id);
    createContact(hostDoc, { name: 'Through the relay' }, at('2026-03-06'));
    await until(
      () => listContacts(joinerDoc).some((c) => c.name === 'Through the relay'),
      'the contact to cross the relay',
    );
  }, 30_000);

  it('keeps the relay of a host with another journal only once this device has taken that journal', async () => {
    const relay = await startTestRelay(tempDir());
    relays.push(relay);
    const hostDoc = new Y.Doc();
    migrate(hostDoc);
    const host = await open(tempDir(), hostDoc);
    await host.setEnabled(true);
    await host.saveRelay(relay.url, 'host-room');
    await until(() => host.info().relay?.state === 'up-to-date', 'the host to sync through the relay');

    let joinerDoc = new Y.Doc();
    migrate(joinerDoc); // a journal of its own: "Two journals"
    const joinerDir = tempDir();
    const joiner = await open(joinerDir, () => joinerDoc);
    const offer = await host.offer();
    const joined = await joiner.join(offer.code, offer.address);
    expect(joined.adoption).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 100)); // the relay settings came right after the hello
    expect(joiner.info().relay).toBeNull();
    expect(stored(joinerDir).relay).toBeUndefined();

    // Taking the host's journal (RestoreService's swap, here by hand) brings the relay with it.
    const { state } = await joiner.adopt(joined.adoption!.device);
    joinerDoc = new Y.Doc();
    Y.applyUpdate(joinerDoc, state);
    await joiner.journalReplaced();
    expect(joiner.info().relay).toMatchObject({ url: relay.url, room: 'host-room' });
    await until(() => joiner.info().relay?.state === 'up-to-date', 'the joiner to sync through the relay');
    expect(host.info().relay?.lastError).toBeNull(); // the room never saw the joiner's own journal
  }, 30_000);
});
