// The epoch branch of one sync conversation (peer-session.ts): a device of an older epoch that follows
// receives the newer epoch's whole state and hands it on, sending nothing of its own; the newer side applies
// nothing an older one sends, even a hostile one; a state that is not of the epoch named is refused.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { writeUpdate } from 'y-protocols/sync';
import { createContact, listContacts, metaMap, migrate } from '@shared/schema';
import { at } from '@shared/schema/test-support';
import { PeerSession, type SessionRefusal, type SyncJournal } from './peer-session';
import { closed, connectPeers, hostDevice } from './test-peers';

const key = randomBytes(32);
const names = (doc: Y.Doc) => listContacts(doc).map((c) => c.name);
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
const asJournal = (doc: Y.Doc, epoch = metaMap(doc).get('epoch') as number): SyncJournal => ({
  doc,
  identity: { journalId: metaMap(doc).get('journalId') as string, epoch },
  whenFlushed: () => Promise.resolve(),
});

/** One journal on two devices; `restored` then moves to epoch 2 with its own edit, `stale` edits at epoch 1. */
function restoredPair(): { restored: Y.Doc; stale: Y.Doc } {
  const restored = new Y.Doc();
  migrate(restored);
  metaMap(restored).set('epoch', 1);
  const stale = new Y.Doc();
  Y.applyUpdate(stale, Y.encodeStateAsUpdate(restored));
  metaMap(restored).set('epoch', 2);
  createContact(restored, { name: 'After the restore' }, at('2026-11-21'));
  createContact(stale, { name: 'Offline on the old epoch' }, at('2026-11-21'));
  return { restored, stale };
}

async function channels() {
  const peers = connectPeers({ target: { mode: 'session', key, peerDevice: hostDevice.device }, keyFor: () => key });
  const [client, server] = await Promise.all([peers.client, peers.server]);
  return { client, server };
}

describe('peer session across a restore', () => {
  it.each(['client', 'server'] as const)(
    'the older device (the %s) receives the new epoch whole and sends nothing of its own',
    async (olderSide) => {
      const { restored, stale } = restoredPair();
      const before = { restored: Y.encodeStateAsUpdate(restored), stale: Y.encodeStateAsUpdate(stale) };
      const { client, server } = await channels();
      const received: Array<{ state: Uint8Array; peer: { epoch: number } }> = [];
      const refusals: SessionRefusal[] = [];
      const events = { synced: () => undefined, refused: (r: SessionRefusal) => refusals.push(r) };
      const follow = { newerEpoch: (state: Uint8Array, peer: { epoch: number }) => received.push({ state, peer }) };
      const [olderChannel, newerChannel] = olderSide === 'client' ? [client, server] : [server, client];
      new PeerSession(olderChannel.channel, asJournal(stale), events, undefined, follow);
      new PeerSession(newerChannel.channel, asJournal(restored), events, undefined, follow);
      await closed(olderChannel);
      await settle();
      expect(refusals).toEqual([]);
      expect(received).toHaveLength(1);
      expect(received[0]!.peer.epoch).toBe(2);
      const got = new Y.Doc();
      Y.applyUpdate(got, received[0]!.state);
      expect(names(got)).toEqual(['After the restore']);
      expect(Y.encodeStateAsUpdate(restored)).toEqual(before.restored); // nothing of the old epoch came in
      expect(Y.encodeStateAsUpdate(stale)).toEqual(before.stale); // the caller swaps the journal, not the session
    },
  );

  it('the newer device applies nothing an older device sends, even one that pushes updates', async () => {
    const { restored, stale } = restoredPair();
    const before = Y.encodeStateAsUpdate(restored);
    const { client, server } = await channels();
    const refusals: SessionRefusal[] = [];
    new PeerSession(server.channel, asJournal(restored), { synced: () => undefined, refused: (r) => refusals.push(r) });
    const hello = { journalId: metaMap(stale).get('journalId'), epoch: 1, follows: true };
    client.channel.send(Buffer.concat([Buffer.of(0), Buffer.from(JSON.stringify(hello))]));
    const encoder = encoding.createEncoder();
    writeUpdate(encoder, Y.encodeStateAsUpdate(stale));
    client.channel.send(Buffer.concat([Buffer.of(1), encoding.toUint8Array(encoder)]));
    await settle();
    expect(Y.encodeStateAsUpdate(restored)).toEqual(before);
    expect(names(restored)).toEqual(['After the restore']);
    expect(refusals).toEqual([]);
  });

  it('refuses a state that does not hold the epoch its sender named, and hands nothing on', async () => {
    const { restored, stale } = restoredPair();
    const { client, server } = await channels();
    const received: Uint8Array[] = [];
    const refusals: SessionRefusal[] = [];
    const events = { synced: () => undefined, refused: (r: SessionRefusal) => refusals.push(r) };
    new PeerSession(client.channel, asJournal(stale), events, undefined, { newerEpoch: (s) => received.push(s) });
    // It says epoch 7 while its journal holds epoch 2.
    new PeerSession(server.channel, asJournal(restored, 7), events);
    await closed(client);
    await settle();
    expect(received).toEqual([]);
    expect(refusals).toContain('malformed');
  });

  it('a device that does not follow is refused across the restore as before, both ways', async () => {
    const { restored, stale } = restoredPair();
    const { client, server } = await channels();
    const refusals: SessionRefusal[] = [];
    const events = { synced: () => undefined, refused: (r: SessionRefusal) => refusals.push(r) };
    new PeerSession(client.channel, asJournal(stale), events);
    new PeerSession(server.channel, asJournal(restored), events, undefined, { newerEpoch: () => undefined });
    await closed(server);
    await settle();
    expect(refusals.sort()).toEqual(['older-epoch', 'peer-older-epoch']);
    expect(names(restored)).toEqual(['After the restore']);
  });
});
