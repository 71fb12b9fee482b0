// `rapport sync --once` through a relay must not call the room "in step" before the relay has loaded it: the
// standard server (@y/websocket-server, its own connection code here in-process on 127.0.0.1) answers a new
// connection first and binds a persisted room asynchronously. Its persistence is made slow on purpose, so the
// device that comes second only gets the first one's edits if relayOnce waits for the room and checks it.
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { setPersistence, setupWSConnection } from '@y/websocket-server/utils';
import { createContact, listContacts, migrate } from '@shared/schema';
import { at } from '@shared/schema/test-support';
import { JournalHost } from '../journal/journal-host';
import { JournalFileStore } from '../store';
import { cleanTempDirs, tempDir } from '../store/store-test-helpers';
import { HeadlessPeer } from './headless-peer';
import { relayOnce } from './headless-relay';
import { ROOM_ARRAY } from './relay/relay-room';
import { PAIRED_DEVICES_FILE } from './paired-devices';

const ROOM = 'slow-room';
const stored = new Map<string, Uint8Array>();
const peers: HeadlessPeer[] = [];
let server: Server | undefined;

setPersistence({
  provider: null,
  // Like y-leveldb's binding, only slower: the room's saved state arrives 300 ms after the first connection.
  bindState: async (name: string, doc: Y.Doc) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const saved = stored.get(name);
    if (saved) Y.applyUpdate(doc, saved);
    doc.on('update', () => stored.set(name, Y.encodeStateAsUpdate(doc)));
  },
  writeState: async (name: string, doc: Y.Doc) => {
    stored.set(name, Y.encodeStateAsUpdate(doc));
  },
});

afterEach(async () => {
  for (const peer of peers.splice(0)) await peer.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
  stored.clear();
  cleanTempDirs();
});

async function relay(): Promise<string> {
  const wss = new WebSocketServer({ noServer: true });
  wss.on('connection', setupWSConnection);
  server = createServer((_request, response) => response.end('okay'));
  server.on('upgrade', (request, socket, head) =>
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request)),
  );
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return `ws://127.0.0.1:${port}`;
}

async function peer(url: string, key: Buffer, seed?: Y.Doc): Promise<HeadlessPeer> {
  const dir = tempDir();
  const store = await JournalFileStore.open(dir);
  if (seed) Y.applyUpdate(store.doc, Y.encodeStateAsUpdate(seed));
  else migrate(store.doc);
  await store.whenFlushed();
  await store.destroy();
  const made = await HeadlessPeer.open(await JournalHost.open(dir), join(dir, PAIRED_DEVICES_FILE));
  await made.devices.setRelay({ url, room: ROOM, key });
  peers.push(made);
  return made;
}

const names = (p: HeadlessPeer) => listContacts(p.journal().doc).map((c) => c.name);

describe('relayOnce', () => {
  it('waits for a room the relay loads late, and checks it, before it says in step', async () => {
    const url = await relay();
    const key = randomBytes(32);
    const desk = await peer(url, key);
    const laptop = await peer(url, key, desk.journal().doc);
    createContact(desk.journal().doc, { name: 'Written on the desk' }, at('2026-11-20'));
    const sent = await relayOnce(desk, { log: () => undefined });
    expect(sent.outcome).toBe('converged');
    expect(sent.sentBytes).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 100)); // the relay saves the room and unloads it
    expect(stored.get(ROOM)?.length).toBeGreaterThan(100);

    const received = await relayOnce(laptop, { log: () => undefined });
    expect(received.outcome).toBe('converged');
    expect(names(laptop)).toEqual(['Written on the desk']);
    expect(received.updatesIn).toBeGreaterThan(0);
  }, 30_000);

  it('does not send the whole journal again when it reconnects to a room the relay loads late', async () => {
    const url = await relay();
    const key = randomBytes(32);
    const desk = await peer(url, key);
    createContact(desk.journal().doc, { name: 'Written on the desk' }, at('2026-11-20'));
    expect((await relayOnce(desk, { log: () => undefined })).outcome).toBe('converged');
    await new Promise((resolve) => setTimeout(resolve, 100)); // saved and unloaded
    const blobs = (): number => {
      const room = new Y.Doc();
      Y.applyUpdate(room, stored.get(ROOM)!);
      return room.getArray(ROOM_ARRAY).length;
    };
    const before = blobs();
    // The same device again, as after a restart: nothing changed, so nothing new goes to the room.
    const again = await relayOnce(desk, { log: () => undefined });
    expect(again.outcome).toBe('converged');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(blobs()).toBe(before);
  }, 30_000);
});
