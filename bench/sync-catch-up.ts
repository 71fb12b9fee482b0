// Sync figure (a): the bytes one device sends to catch up a paired device missing N edits, against the least
// Yjs can do (`Y.encodeStateAsUpdate(doc, remoteStateVector)`). Through the real handshake, SecureChannel and
// PeerSession over in-memory wires that count every byte, so framing is measured, not estimated.
import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync';
import { createContact, migrate, updateContact } from '@shared/schema';
import { identityOf } from '../main/store/identity';
import { PeerSession, type SyncJournal } from '../main/sync/peer-session';
import { connectPeers, hostDevice } from '../main/sync/test-peers';

export interface CatchUpFigures {
  edits: number;
  /** `Y.encodeStateAsUpdate(doc, remoteStateVector)`: the least any sync could send. */
  minimalBytes: number;
  /** What the y-protocols step 2 and updates carried inside the channel. */
  updateBytes: number;
  /** updateBytes / minimalBytes (target ≤ 1.05). */
  ratio: number;
  /** The rest of the session's plaintext: the journal hello, step 1, message types and lengths. */
  envelopeBytes: number;
  /** Secure frames around it: header, sequence number and AES-GCM tag per frame. */
  frameBytes: number;
  /** The handshake (once per connection). */
  handshakeBytes: number;
}

const SYNC = 1;
const DAY = new Date('2026-11-20T09:00:00Z');

/** A journal of 200 people, and a copy of it that then gets `edits` more: field changes, some new people. */
function journals(edits: number): { ahead: Y.Doc; behind: Y.Doc } {
  const ahead = new Y.Doc();
  migrate(ahead);
  const ids = Array.from({ length: 200 }, (_, i) => createContact(ahead, { name: `Person ${i}` }, DAY));
  const behind = new Y.Doc();
  Y.applyUpdate(behind, Y.encodeStateAsUpdate(ahead));
  for (let i = 0; i < edits; i += 1) {
    if (i % 10 === 9) createContact(ahead, { name: `Met later ${i}`, company: 'Ekorre AB' }, DAY);
    else updateContact(ahead, ids[(i * 7) % ids.length]!, { company: `Company ${i}`, role: `Role ${i % 13}` }, DAY);
  }
  return { ahead, behind };
}

const asJournal = (doc: Y.Doc): SyncJournal => ({
  doc,
  identity: identityOf(doc)!,
  whenFlushed: () => Promise.resolve(),
});

function updatePayload(message: Uint8Array): number {
  if (message[0] !== SYNC) return 0;
  const decoder = decoding.createDecoder(message.subarray(1));
  const type = decoding.readVarUint(decoder);
  if (type !== messageYjsSyncStep2 && type !== messageYjsUpdate) return 0;
  return decoding.readVarUint8Array(decoder).length;
}

export async function measureCatchUp(edits: number): Promise<CatchUpFigures> {
  const { ahead, behind } = journals(edits);
  const minimalBytes = Y.encodeStateAsUpdate(ahead, Y.encodeStateVector(behind)).length;
  const key = randomBytes(32);
  const peers = connectPeers({ target: { mode: 'session', key, peerDevice: hostDevice.device }, keyFor: () => key });
  const [client, server] = await Promise.all([peers.client, peers.server]);
  // The server holds the journal ahead; it sends on the b-to-a wire.
  const sentBefore = peers.wires.sent['b-to-a'].reduce((sum, frame) => sum + frame.length, 0);
  let plaintext = 0;
  let updateBytes = 0;
  const send = server.channel.send.bind(server.channel);
  server.channel.send = (message: Uint8Array) => {
    plaintext += message.length;
    updateBytes += updatePayload(message);
    send(message);
  };
  const done = new Promise<void>((resolve) => {
    new PeerSession(client.channel, asJournal(behind), { synced: () => resolve(), refused: () => resolve() });
  });
  new PeerSession(server.channel, asJournal(ahead), { synced: () => undefined, refused: () => undefined });
  await done;
  await new Promise((resolve) => setTimeout(resolve, 20)); // the last frames in flight
  if (!equalVectors(ahead, behind)) throw new Error('The catch-up did not bring the two journals together.');
  const wire = peers.wires.sent['b-to-a'].reduce((sum, frame) => sum + frame.length, 0) - sentBefore;
  client.channel.close('done');
  return {
    edits,
    minimalBytes,
    updateBytes,
    ratio: updateBytes / minimalBytes,
    envelopeBytes: plaintext - updateBytes,
    frameBytes: wire - plaintext,
    handshakeBytes: sentBefore,
  };
}

function equalVectors(a: Y.Doc, b: Y.Doc): boolean {
  return Buffer.from(Y.encodeStateVector(a)).equals(Buffer.from(Y.encodeStateVector(b)));
}
