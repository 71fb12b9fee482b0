// Sealed blobs: what goes in comes out under the same relay key, and nothing else opens — not another key,
// not a changed header (its device, session or counter), not a changed or cut ciphertext.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { BlobError, deriveRelayKeys, devicePseudonym, openBlob, readHeader, sealBlob } from './relay-blob';

const relayKey = randomBytes(32);
const keys = deriveRelayKeys(relayKey);
const header = { kind: 'update' as const, device: devicePseudonym(keys, 'desk'), session: 'a1b2', counter: 7 };
const body = { journalId: 'journal-1', epoch: 3, covers: new Uint8Array(), update: Uint8Array.from([1, 2, 3]) };

describe('relay blobs', () => {
  it('open under the same key, with the header and body that went in', () => {
    const blob = sealBlob(keys, header, body);
    expect(openBlob(deriveRelayKeys(Buffer.from(relayKey)), blob)).toEqual({ header, body });
    expect(Buffer.from(blob).includes(Buffer.from('journal-1'))).toBe(false);
    expect(devicePseudonym(keys, 'desk')).not.toContain('desk');
    expect(() => deriveRelayKeys(randomBytes(16))).toThrow(/32 bytes/);
  });

  it('refuse another key, a changed header, a flipped bit and a cut blob', () => {
    const blob = sealBlob(keys, header, body);
    expect(() => openBlob(deriveRelayKeys(randomBytes(32)), blob)).toThrow(BlobError);

    // The same ciphertext under a header that claims another counter (a replay dressed as new) does not open.
    const { length } = readHeader(blob);
    const forged = encoding.createEncoder();
    const decoder = decoding.createDecoder(blob.subarray(0, length));
    encoding.writeUint8(forged, decoding.readUint8(decoder));
    encoding.writeUint8(forged, decoding.readUint8(decoder));
    encoding.writeVarString(forged, decoding.readVarString(decoder));
    encoding.writeVarString(forged, decoding.readVarString(decoder));
    encoding.writeVarUint(forged, header.counter + 1);
    const replayed = Uint8Array.from([...encoding.toUint8Array(forged), ...blob.subarray(length)]);
    expect(readHeader(replayed).header.counter).toBe(8);
    expect(() => openBlob(keys, replayed)).toThrow(/does not authenticate/);

    for (let i = length; i < blob.length; i += 1) {
      const flipped = Uint8Array.from(blob);
      flipped[i] = flipped[i]! ^ 0x01;
      expect(() => openBlob(keys, flipped)).toThrow(BlobError);
    }
    expect(() => openBlob(keys, blob.subarray(0, blob.length - 1))).toThrow(BlobError);
    expect(() => openBlob(keys, blob.subarray(0, length + 5))).toThrow(BlobError);
    expect(() => readHeader(Uint8Array.from([9, 1]))).toThrow(/not a Rapport relay blob/);
  });
});
