// Relay sync end to end on 127.0.0.1: a real @y/websocket-server (started as `npm run relay` starts it, with
// its own leveldb folder) carries two journals' sealed blobs. They converge, offline edits included; a plain
// Yjs client finds no plaintext in the room nor on the relay's disk; tampered, foreign and other-journal
// blobs change nothing; a snapshot lets old blobs go and a new device still catches up.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import { addInboxNote, createContact, listContacts, listInbox, migrate } from '@shared/schema';
import { at } from '@shared/schema/test-support';
import { JournalFileStore, readStoreState } from '../../store';
import { cleanTempDirs, tempDir } from '../../store/store-test-helpers';
import { identityOf } from '../../store/identity';
import type { SyncLogEntry } from '../sync-log';
import { deriveRelayKeys, sealBlob } from './relay-blob';
import { RelayClient } from './relay-client';
import { ROOM_ARRAY } from './relay-room';
import { startTestRelay, type TestRelay } from './relay-test-server';
import { until as waitUntil } from '../test-sync';

const ROOM = 'journal-room-7f3a';
const relayKey = randomBytes(32);

interface Device {
  dir: string;
  store: JournalFileStore;
  client?: RelayClient;
  log: SyncLogEntry[];
}

const devices: Device[] = [];
const relays: TestRelay[] = [];
const watchers: WebsocketProvider[] = [];

afterEach(async () => {
  for (const w of watchers.splice(0)) w.destroy();
  for (const d of devices.splice(0)) {
    d.client?.stop();
    await d.store.destroy();
  }
  for (const r of relays.splice(0)) await r.stop();
  cleanTempDirs();
});

async function relay(dataDir = tempDir(), port?: number): Promise<TestRelay> {
  const started = await startTestRelay(dataDir, port);
  relays.push(started);
  return started;
}

async function device(seed?: Y.Doc): Promise<Device> {
  const dir = tempDir();
  const store = await JournalFileStore.open(dir);
  if (seed) Y.applyUpdate(store.doc, Y.encodeStateAsUpdate(seed));
  else migrate(store.doc);
  await store.whenFlushed();
  const made: Device = { dir, store, log: [] };
  devices.push(made);
  return made;
}

function connect(d: Device, url: string, options: { snapshotAfter?: number; key?: Uint8Array } = {}): RelayClient {
  d.client?.stop();
  d.client = new RelayClient({
    url,
    room: ROOM,
    key: options.key ?? relayKey,
    deviceId: randomBytes(16).toString('hex'),
    journal: {
      doc: d.store.doc,
      identity: identityOf(d.store.doc)!,
      whenFlushed: () => d.store.whenFlushed(),
    },
    log: (entry) => d.log.push(entry),
    snapshotAfter: options.snapshotAfter,
    maxBackoffMs: 200,
  });
  return d.client;
}

/** A plain Yjs client of the room: what anyone with the room name (the operator, say) gets. */
async function watch(url: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  awareness.setLocalState(null);
  const provider = new WebsocketProvider(url, ROOM, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    awareness,
    disableBc: true,
  });
  watchers.push(provider);
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  return doc;
}

const until = (check: () => boolean, what: string, ms = 8000): Promise<void> => waitUntil(check, what, ms);

const names = (d: Device) =>
  listContacts(d.store.doc)
    .map((c) => c.name)
    .sort();

describe('sync through a relay that sees only ciphertext', () => {
  it('converges two journals, offline edits included, and the relay holds no plaintext', async () => {
    const server = await relay();
    const desk = await device();
    const laptop = await device(desk.store.doc);
    createContact(desk.store.doc, { name: 'Ada Lovelace' }, at('2026-03-01'));
    connect(desk, server.url);
    connect(laptop, server.url);
    await until(() => names(laptop).includes('Ada Lovelace'), 'the laptop to receive Ada');
    createContact(laptop.store.doc, { name: 'Grace Hopper' }, at('2026-03-02'));
    addInboxNote(laptop.store.doc, 'Lunch at the harbour café on Friday', at('2026-03-02'));
    await until(() => names(desk).includes('Grace Hopper'), 'the desk to receive Grace');

    // Both go offline, edit, and come back: every edit is kept.
    desk.client!.stop();
    laptop.client!.stop();
    createContact(desk.store.doc, { name: 'Katherine Johnson' }, at('2026-03-03'));
    createContact(laptop.store.doc, { name: 'Margaret Hamilton' }, at('2026-03-03'));
    connect(desk, server.url);
    connect(laptop, server.url);
    const all = ['Ada Lovelace', 'Grace Hopper', 'Katherine Johnson', 'Margaret Hamilton'];
    await until(() => names(desk).length === 4 && names(laptop).length === 4, 'both to hold all four');
    expect(names(desk)).toEqual(all);
    expect(names(laptop)).toEqual(all);
    expect(listInbox(desk.store.doc).map((n) => n.text)).toEqual(['Lunch at the harbour café on Friday']);
    await desk.client!.whenUpToDate();
    await desk.store.whenFlushed();
    // What was received is on disk: a fresh read of the desk's folder holds the laptop's contacts.
    const reread = new Y.Doc();
    Y.applyUpdate(reread, (await readStoreState(desk.dir)).update);
    expect(listContacts(reread).map((c) => c.name)).toContain('Margaret Hamilton');

    const plain = [...all, 'Lunch at the harbour', identityOf(desk.store.doc)!.journalId];
    // The search finds these words wherever they are in plain: the journal's own encoding holds every one.
    const journalBytes = Buffer.from(Y.encodeStateAsUpdate(desk.store.doc));
    for (const text of plain) expect(journalBytes.includes(Buffer.from(text))).toBe(true);
    const room = await watch(server.url);
    const roomBytes = Buffer.from(Y.encodeStateAsUpdate(room));
    expect(room.getArray(ROOM_ARRAY).length).toBeGreaterThan(0);
    for (const text of plain) expect(roomBytes.includes(Buffer.from(text))).toBe(false);
    expect(roomBytes.includes(relayKey)).toBe(false);

    // The relay's own files, after it stopped: ciphertext only there too.
    await server.stop();
    const files = readdirSync(server.dataDir).map((f) => readFileSync(join(server.dataDir, f)));
    expect(files.reduce((n, f) => n + f.length, 0)).toBeGreaterThan(roomBytes.length / 2);
    for (const file of files) for (const text of plain) expect(file.includes(Buffer.from(text))).toBe(false);
  }, 30_000);

  it('skips what does not authenticate or belongs to another journal, and changes nothing', async () => {
    const server = await relay();
    const desk = await device();
    createContact(desk.store.doc, { name: 'Ada Lovelace' }, at('2026-03-01'));
    connect(desk, server.url);
    await desk.client!.whenUpToDate();
    const before = Y.encodeStateAsUpdate(desk.store.doc);

    const room = await watch(server.url);
    const blobs = room.getArray<unknown>(ROOM_ARRAY);
    await until(() => blobs.length > 0, 'the desk’s blob in the room');
    const genuine = blobs.get(0) as Uint8Array;
    const flipped = Uint8Array.from(genuine);
    flipped[flipped.length - 20] = flipped[flipped.length - 20]! ^ 1;
    const stranger = await device(); // another journal, same relay key: its updates must never merge
    createContact(stranger.store.doc, { name: 'Mallory' }, at('2026-03-02'));
    const foreign = sealBlob(
      deriveRelayKeys(relayKey),
      { kind: 'update', device: 'other', session: 's', counter: 1 },
      {
        ...identityOf(stranger.store.doc)!,
        covers: new Uint8Array(),
        update: Y.encodeStateAsUpdate(stranger.store.doc),
      },
    );
    const wrongKey = sealBlob(
      deriveRelayKeys(randomBytes(32)),
      { kind: 'update', device: 'x', session: 's', counter: 1 },
      { ...identityOf(desk.store.doc)!, covers: new Uint8Array(), update: Y.encodeStateAsUpdate(stranger.store.doc) },
    );
    blobs.push([Uint8Array.from(randomBytes(200)), flipped, wrongKey, foreign, 'not a blob']);

    await until(() => desk.log.filter((e) => e.event.startsWith('relay-blob')).length >= 5, 'all five to be judged');
    expect(desk.log.filter((e) => e.event === 'relay-blob-skipped')).toHaveLength(4);
    expect(desk.log.filter((e) => e.event === 'relay-blob-refused').map((e) => e.detail)).toEqual(['other-journal']);
    expect(desk.client!.status().refusal).toBe('other-journal');
    expect(Y.encodeStateAsUpdate(desk.store.doc)).toEqual(before);
    expect(names(desk)).toEqual(['Ada Lovelace']);
  }, 30_000);

  it('replaces old blobs with a snapshot, keeps others’ concurrent ones, and a new device still catches up', async () => {
    const server = await relay();
    const seed = new Y.Doc();
    migrate(seed);
    const desk = await device(seed);
    const laptop = await device(seed);
    connect(desk, server.url, { snapshotAfter: 6 });
    connect(laptop, server.url, { snapshotAfter: 1000 });
    await desk.client!.whenUpToDate();
    for (let i = 0; i < 10; i += 1) {
      createContact(desk.store.doc, { name: `Person ${i}` }, at('2026-03-04'));
      await until(() => names(laptop).includes(`Person ${i}`), `Person ${i} on the laptop`);
    }
    await until(() => desk.log.some((e) => e.event === 'relay-snapshot'), 'a snapshot');
    const room = await watch(server.url);
    const blobs = room.getArray<unknown>(ROOM_ARRAY);
    await until(() => blobs.length < 6, 'the covered blobs to be dropped');

    const newcomer = await device(seed);
    connect(newcomer, server.url);
    await until(() => names(newcomer).length === 10, 'the newcomer to hold all ten');
    expect(names(newcomer)).toEqual(names(desk));
  }, 30_000);

  it('keeps what was sent while the relay was down and sends it when it is back', async () => {
    const dataDir = tempDir();
    const first = await relay(dataDir);
    const port = Number(first.url.split(':').pop());
    const desk = await device();
    const laptop = await device(desk.store.doc);
    connect(desk, first.url);
    connect(laptop, first.url);
    await desk.client!.whenUpToDate();
    await first.stop();
    createContact(desk.store.doc, { name: 'Written while the relay was down' }, at('2026-03-05'));
    await relay(dataDir, port);
    await until(() => names(laptop).includes('Written while the relay was down'), 'the edit after the relay came back');
  }, 30_000);
});
