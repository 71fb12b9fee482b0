// Updates that decode cleanly but break Yjs part-way through applyUpdate, found by the sync framing
// campaign: each one is shown to damage a bare Y.Doc, then refused by checkUpdate and by the endpoint.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { DocSyncEndpoint, SyncMessageError } from './doc-sync';
import { checkUpdate } from './update-check';

const CLIENT = 7;

/** A doc of one client: a map entry holding a map with one key (structs 7:0 and 7:1). */
function twoStructs(): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = CLIENT;
  const inner = new Y.Map<number>();
  doc.getMap('contacts').set('c1', inner);
  inner.set('x', 1);
  return doc;
}

/** Encodes structs of one client as a v1 update, the way Yjs writes them, with an empty delete set. */
function encodeStructs(structs: Array<Y.Item | Y.GC>): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, 1);
  encoding.writeVarUint(encoder.restEncoder, structs.length);
  encoder.writeClient(CLIENT);
  encoding.writeVarUint(encoder.restEncoder, structs[0]!.id.clock);
  for (const struct of structs) struct.write(encoder, 0);
  encoding.writeVarUint(encoder.restEncoder, 0);
  return encoder.toUint8Array();
}

function hostileUpdates(): Record<string, Uint8Array> {
  const structs = Y.decodeUpdate(Y.encodeStateAsUpdate(twoStructs())).structs as Y.Item[];
  const selfParent = structs[1]!;
  selfParent.parent = Y.createID(CLIENT, 1);
  return {
    'a struct of length 0': encodeStructs([
      structs[0]!,
      new Y.GC(Y.createID(CLIENT, 1), 0),
      new Y.GC(Y.createID(CLIENT, 1), 0),
    ]),
    'an item that is its own parent': encodeStructs([structs[0]!, selfParent]),
  };
}

function asSyncUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

describe('checkUpdate', () => {
  it('lets real updates through', () => {
    expect(() => checkUpdate(Y.encodeStateAsUpdate(twoStructs()))).not.toThrow();
  });

  for (const [name, update] of Object.entries(hostileUpdates())) {
    it(`refuses ${name}, which Yjs alone would apply half-way`, () => {
      const bare = new Y.Doc();
      Y.applyUpdate(bare, Y.encodeStateAsUpdate(new Y.Doc()));
      const damaged = (() => {
        try {
          Y.applyUpdate(bare, update);
          Y.encodeStateAsUpdate(bare);
          return false;
        } catch {
          return true;
        }
      })();
      expect(damaged, 'the hostile update no longer breaks a bare Y.Doc: the case is stale').toBe(true);

      expect(() => checkUpdate(update)).toThrow();
      const doc = new Y.Doc();
      doc.getMap('contacts').set('kept', 'yes');
      const before = Y.encodeStateAsUpdate(doc);
      const endpoint = new DocSyncEndpoint(doc, () => undefined);
      expect(() => endpoint.receive(asSyncUpdate(update))).toThrow(SyncMessageError);
      expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
      endpoint.destroy();
    });
  }
});
