// A sync conversation over an open channel: two replicas of one journal converge; another journal, an older
// or newer epoch and a malformed message are refused with a sentence, and leave the document as it was.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact, listContacts, metaMap, migrate } from '@shared/schema';
import { at } from '@shared/schema/test-support';
import { identityOf } from '../store/identity';
import { PeerSession, type SessionRefusal, type SyncJournal } from './peer-session';
import { closed, connectPeers, hostDevice } from './test-peers';

const key = randomBytes(32);

function journalPair(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  migrate(a);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return [a, b];
}

const asJournal = (doc: Y.Doc): SyncJournal => ({
  doc,
  identity: identityOf(doc)!,
  whenFlushed: () => Promise.resolve(),
});

async function talk(clientDoc: Y.Doc, serverDoc: Y.Doc) {
  const peers = connectPeers({ target: { mode: 'session', key, peerDevice: hostDevice.device }, keyFor: () => key });
  const [client, server] = await Promise.all([peers.client, peers.server]);
  const outcome = { client: [] as SessionRefusal[], server: [] as SessionRefusal[], texts: [] as string[], synced: 0 };
  const events = (side: 'client' | 'server') => ({
    synced: () => (outcome.synced += 1),
    refused: (reason: SessionRefusal, text: string) => {
      outcome[side].push(reason);
      outcome.texts.push(text);
    },
  });
  new PeerSession(client.channel, asJournal(clientDoc), events('client'));
  new PeerSession(server.channel, asJournal(serverDoc), events('server'));
  return { ...peers, client, server, outcome };
}

const names = (doc: Y.Doc) => listContacts(doc).map((c) => c.name);
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('peer session', () => {
  it('brings two replicas of one journal together and streams later edits', async () => {
    const [a, b] = journalPair();
    createContact(a, { name: 'Amina Berg' }, at('2026-11-20'));
    createContact(b, { name: 'Jonas Lind' }, at('2026-11-21'));
    const session = await talk(a, b);
    await settle();
    expect(names(a).sort()).toEqual(['Amina Berg', 'Jonas Lind']);
    expect(names(b).sort()).toEqual(['Amina Berg', 'Jonas Lind']);
    expect(session.outcome.synced).toBeGreaterThanOrEqual(2);
    createContact(b, { name: 'Sara Ek' }, at('2026-11-22'));
    await settle();
    expect(names(a)).toContain('Sara Ek');
  });

  it('refuses a device holding another journal, changing neither', async () => {
    const a = new Y.Doc();
    migrate(a);
    const other = new Y.Doc();
    migrate(other);
    createContact(other, { name: 'Not mine' }, at('2026-11-20'));
    const before = Y.encodeStateAsUpdate(a);
    const session = await talk(a, other);
    await closed(session.server);
    await settle();
    expect(session.outcome.client).toEqual(['other-journal']);
    expect(session.outcome.texts[0]).toMatch(/keeps a different journal/);
    expect(Y.encodeStateAsUpdate(a)).toEqual(before);
    expect(names(other)).toEqual(['Not mine']);
  });

  it('refuses across a restore: neither the older nor the newer epoch merges into the other', async () => {
    const [restored, stale] = journalPair();
    metaMap(restored).set('epoch', 2);
    createContact(stale, { name: 'Written before the restore' }, at('2026-11-20'));
    const session = await talk(stale, restored);
    await closed(session.server);
    await settle();
    expect(session.outcome.client).toEqual(['older-epoch']);
    expect(session.outcome.server).toEqual(['peer-older-epoch']);
    expect(session.outcome.texts.join(' ')).toMatch(/restored on Desk/);
    expect(names(restored)).toEqual([]);
  });

  it('closes on a malformed sync message from a paired device and leaves the journal as it was', async () => {
    const [a, b] = journalPair();
    const session = await talk(a, b);
    await settle();
    const before = Y.encodeStateAsUpdate(b);
    // The client's channel, used directly: an authenticated peer sending a broken update.
    session.client.channel.send(Uint8Array.of(1, 2, 5, 0xff, 0xff, 0xff, 0xff, 0xff));
    expect(await closed(session.server)).toMatch(/Malformed sync message/);
    expect(Y.encodeStateAsUpdate(b)).toEqual(before);
    expect(session.serverLog.map((e) => e.event)).toContain('sync refused: malformed');
  });

  it('closes on a sync message sent before the journal hello', async () => {
    const [, b] = journalPair();
    const peers = connectPeers({ target: { mode: 'session', key, peerDevice: hostDevice.device }, keyFor: () => key });
    const [client, server] = await Promise.all([peers.client, peers.server]);
    const refused: SessionRefusal[] = [];
    new PeerSession(server.channel, asJournal(b), { synced: () => undefined, refused: (r) => refused.push(r) });
    client.channel.send(Uint8Array.of(1, 0, 0));
    expect(await closed(server)).toMatch(/out of turn/);
    expect(refused).toEqual(['malformed']);
  });
});

describe('peer session, adopting another journal', () => {
  async function adoptTalk(allowAdopt: boolean) {
    const mine = new Y.Doc();
    migrate(mine);
    createContact(mine, { name: 'Only here' }, at('2026-11-20'));
    const theirs = new Y.Doc();
    migrate(theirs);
    createContact(theirs, { name: 'Noor' }, at('2026-11-21'));
    const theirsBefore = Y.encodeStateAsUpdate(theirs);
    const mineBefore = Y.encodeStateAsUpdate(mine);
    const peers = connectPeers({ target: { mode: 'session', key, peerDevice: hostDevice.device }, keyFor: () => key });
    const [client, server] = await Promise.all([peers.client, peers.server]);
    const received: Uint8Array[] = [];
    const refusals: SessionRefusal[] = [];
    const events = { synced: () => undefined, refused: (reason: SessionRefusal) => refusals.push(reason) };
    new PeerSession(client.channel, asJournal(mine), events, undefined, { adopt: (state) => received.push(state) });
    new PeerSession(server.channel, asJournal(theirs), events, undefined, { allowAdopt });
    await closed(client);
    return { mine, mineBefore, theirs, theirsBefore, received, refusals };
  }

  it("receives the host's whole journal into a document of its own and sends nothing of its own", async () => {
    const run = await adoptTalk(true);
    expect(run.received).toHaveLength(1);
    const got = new Y.Doc();
    Y.applyUpdate(got, run.received[0]!);
    expect(names(got)).toEqual(['Noor']);
    expect(identityOf(got)).toEqual(identityOf(run.theirs));
    expect(Y.encodeStateAsUpdate(run.theirs)).toEqual(run.theirsBefore); // the host got nothing
    expect(Y.encodeStateAsUpdate(run.mine)).toEqual(run.mineBefore); // the joiner's journal is untouched
  });

  it('is refused by a host that does not allow it, and nothing moves', async () => {
    const run = await adoptTalk(false);
    expect(run.refusals).toContain('adopt-refused');
    expect(run.received).toEqual([]);
    expect(Y.encodeStateAsUpdate(run.theirs)).toEqual(run.theirsBefore);
    expect(Y.encodeStateAsUpdate(run.mine)).toEqual(run.mineBefore);
  });
});
