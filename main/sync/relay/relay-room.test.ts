// The room logic without a network: two room replicas exchange Yjs updates by hand, so a snapshot taken on
// one while the other appends can be merged in a chosen order; epochs and journals are judged on opening.
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact, listContacts, migrate } from '@shared/schema';
import { at } from '@shared/schema/test-support';
import type { SyncJournal } from '../peer-session';
import type { SyncLogEntry } from '../sync-log';
import { deriveRelayKeys, sealBlob } from './relay-blob';
import { RelayRoom, ROOM_ARRAY } from './relay-room';

const keys = deriveRelayKeys(randomBytes(32));
const rooms: RelayRoom[] = [];
afterEach(() => rooms.splice(0).forEach((r) => r.destroy()));

function journalOf(doc: Y.Doc, epoch = 1): SyncJournal {
  const journalId = doc.getMap('meta').get('journalId') as string;
  return { doc, identity: { journalId, epoch }, whenFlushed: () => Promise.resolve() };
}

function side(seed: Y.Doc, options: { snapshotAfter?: number; epoch?: number } = {}) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(seed));
  const room = new Y.Doc();
  const log: SyncLogEntry[] = [];
  const refused: string[] = [];
  const relay = new RelayRoom(
    room,
    journalOf(doc, options.epoch),
    keys,
    { synced: () => undefined, refused: (r) => refused.push(r) },
    {
      deviceId: randomBytes(8).toString('hex'),
      log: (e) => log.push(e),
      snapshotAfter: options.snapshotAfter,
      batchMs: 0,
    },
  );
  rooms.push(relay);
  relay.catchUp();
  return { doc, room, relay, log, refused };
}

/** Both room replicas end with each other's changes, as the relay would leave them. */
function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
const names = (doc: Y.Doc) =>
  listContacts(doc)
    .map((c) => c.name)
    .sort();

describe('RelayRoom', () => {
  it('a snapshot drops only the blobs it covers; a blob appended meanwhile by another device stays', async () => {
    const seed = new Y.Doc();
    migrate(seed);
    const desk = side(seed, { snapshotAfter: 4 });
    const laptop = side(seed);
    createContact(laptop.doc, { name: 'Before' }, at('2026-03-01'));
    await tick();
    exchange(desk.room, laptop.room);
    for (let i = 0; i < 3; i += 1) {
      createContact(desk.doc, { name: `Desk ${i}` }, at('2026-03-01'));
      await tick();
    }
    // The laptop appends while the desk's snapshot is being made: neither has seen the other's change yet.
    createContact(laptop.doc, { name: 'Concurrent' }, at('2026-03-02'));
    await tick();
    const concurrent = laptop.room.getArray(ROOM_ARRAY).toArray().at(-1);
    const snapshot = desk.room.getArray(ROOM_ARRAY).get(0);
    expect(desk.log.filter((e) => e.event === 'relay-snapshot')).toHaveLength(1);
    exchange(desk.room, laptop.room);
    // Merged, the room holds the desk's snapshot (the blobs it covered are gone) and the laptop's new blob.
    expect(laptop.room.getArray(ROOM_ARRAY).toArray()).toContain(concurrent);
    expect(laptop.room.getArray(ROOM_ARRAY).toArray()).toContainEqual(snapshot);
    expect(laptop.room.getArray(ROOM_ARRAY).length).toBeLessThan(5);
    await tick();
    expect(names(desk.doc)).toEqual(['Before', 'Concurrent', 'Desk 0', 'Desk 1', 'Desk 2']);
    const late = side(seed);
    Y.applyUpdate(late.room, Y.encodeStateAsUpdate(desk.room));
    await tick();
    expect(names(late.doc)).toEqual(names(desk.doc));
  });

  it('refuses a newer epoch and skips an older one, applying neither; a snapshot drops only the older', async () => {
    const seed = new Y.Doc();
    migrate(seed);
    const desk = side(seed, { snapshotAfter: 2 });
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(seed));
    createContact(other, { name: 'From another epoch' }, at('2026-03-01'));
    const { journalId } = journalOf(seed).identity;
    const seal = (epoch: number, counter: number) =>
      sealBlob(
        keys,
        { kind: 'update', device: 'restorer', session: 'x', counter },
        { journalId, epoch, covers: new Uint8Array(), update: Y.encodeStateAsUpdate(other) },
      );
    const before = Y.encodeStateAsUpdate(desk.doc);
    const newer = seal(2, 1);
    const older = seal(0, 2);
    desk.room.getArray(ROOM_ARRAY).push([newer, older]);
    await tick();
    expect(desk.refused).toEqual(['older-epoch']);
    expect(Y.encodeStateAsUpdate(desk.doc)).toEqual(before);
    createContact(desk.doc, { name: 'Mine' }, at('2026-03-02'));
    createContact(desk.doc, { name: 'Mine too' }, at('2026-03-02'));
    await tick();
    await tick();
    expect(desk.log.some((e) => e.event === 'relay-snapshot')).toBe(true);
    const left = desk.room.getArray(ROOM_ARRAY).toArray();
    expect(left).toContainEqual(newer);
    expect(left).not.toContainEqual(older);
    expect(names(desk.doc)).toEqual(['Mine', 'Mine too']);
  });
});
