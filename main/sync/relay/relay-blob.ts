// One blob in a relay room: a Yjs update of the journal, sealed with AES-256-GCM (node:crypto) under a key
// derived by HKDF from the relay key. The small plain header (format, kind, a device pseudonym, session and
// counter) is the authenticated data; the journal id, epoch and update travel only inside the ciphertext.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export const RELAY_KEY_BYTES = 32;
const FORMAT = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** A blob larger than this is skipped unread (a whole journal is far smaller). */
export const MAX_BLOB_BYTES = 64 * 1024 * 1024;

export type BlobKind = 'update' | 'snapshot';
const KIND_CODE: Record<BlobKind, number> = { update: 1, snapshot: 2 };

export interface BlobHeader {
  kind: BlobKind;
  /** A pseudonym of the device (HMAC of its id under the relay key): the relay can count devices, not name them. */
  device: string;
  session: string;
  counter: number;
}

export interface BlobBody {
  journalId: string;
  epoch: number;
  /** For a snapshot, the state vector it covers; empty for an update. */
  covers: Uint8Array;
  update: Uint8Array;
}

export interface RelayKeys {
  blob: Buffer;
  device: Buffer;
}

/** Keys for this relay, from the relay key by HKDF-SHA256; the relay key itself is never used directly. */
export function deriveRelayKeys(relayKey: Uint8Array): RelayKeys {
  if (relayKey.length !== RELAY_KEY_BYTES) throw new Error(`A relay key has ${RELAY_KEY_BYTES} bytes.`);
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', relayKey, Buffer.alloc(0), info, 32));
  return { blob: derive('rapport-relay-v1 blob'), device: derive('rapport-relay-v1 device') };
}

export function devicePseudonym(keys: RelayKeys, deviceId: string): string {
  return createHmac('sha256', keys.device).update(deviceId).digest('hex').slice(0, 24);
}

/** The blob's id: one per device session and counter. The same id twice is a copy, applied once. */
export const blobId = (h: BlobHeader): string => `${h.device}/${h.session}/${h.counter}`;

function encodeHeader(header: BlobHeader): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeUint8(encoder, FORMAT);
  encoding.writeUint8(encoder, KIND_CODE[header.kind]);
  encoding.writeVarString(encoder, header.device);
  encoding.writeVarString(encoder, header.session);
  encoding.writeVarUint(encoder, header.counter);
  return encoding.toUint8Array(encoder);
}

export function sealBlob(keys: RelayKeys, header: BlobHeader, body: BlobBody): Uint8Array {
  const aad = encodeHeader(header);
  const plain = encoding.createEncoder();
  encoding.writeVarString(plain, body.journalId);
  encoding.writeVarUint(plain, body.epoch);
  encoding.writeVarUint8Array(plain, body.covers);
  encoding.writeVarUint8Array(plain, body.update);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keys.blob, iv).setAAD(aad);
  const sealed = Buffer.concat([cipher.update(encoding.toUint8Array(plain)), cipher.final()]);
  return new Uint8Array(Buffer.concat([aad, iv, sealed, cipher.getAuthTag()]));
}

export class BlobError extends Error {}

/** Reads the plain header; throws BlobError when the bytes are not a blob of this format. */
export function readHeader(blob: Uint8Array): { header: BlobHeader; length: number } {
  try {
    if (blob.length > MAX_BLOB_BYTES) throw new Error(`${blob.length} bytes, more than a blob may hold`);
    const decoder = decoding.createDecoder(blob);
    if (decoding.readUint8(decoder) !== FORMAT) throw new Error('an unknown format');
    const code = decoding.readUint8(decoder);
    const kind = (Object.keys(KIND_CODE) as BlobKind[]).find((k) => KIND_CODE[k] === code);
    if (!kind) throw new Error(`an unknown kind ${code}`);
    const device = decoding.readVarString(decoder);
    const session = decoding.readVarString(decoder);
    const counter = decoding.readVarUint(decoder);
    if (device.length > 64 || session.length > 64) throw new Error('a header too long');
    return { header: { kind, device, session, counter }, length: decoder.pos };
  } catch (error) {
    throw new BlobError(`not a Rapport relay blob (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Opens a blob: throws BlobError unless it authenticates under `keys` (header included) and reads whole. */
export function openBlob(keys: RelayKeys, blob: Uint8Array): { header: BlobHeader; body: BlobBody } {
  const { header, length } = readHeader(blob);
  if (blob.length < length + IV_BYTES + TAG_BYTES) throw new BlobError('a blob cut short');
  const bytes = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength);
  const iv = bytes.subarray(length, length + IV_BYTES);
  const tag = bytes.subarray(bytes.length - TAG_BYTES);
  let plain: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keys.blob, iv).setAAD(bytes.subarray(0, length));
    decipher.setAuthTag(tag);
    plain = Buffer.concat([
      decipher.update(bytes.subarray(length + IV_BYTES, bytes.length - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    throw new BlobError('a blob that does not authenticate under this relay key');
  }
  try {
    const decoder = decoding.createDecoder(plain);
    const body: BlobBody = {
      journalId: decoding.readVarString(decoder),
      epoch: decoding.readVarUint(decoder),
      covers: decoding.readVarUint8Array(decoder),
      update: decoding.readVarUint8Array(decoder),
    };
    if (decoding.hasContent(decoder)) throw new Error('bytes after the update');
    return { header, body };
  } catch (error) {
    // Authentic yet unreadable: sealed by a device with the key but another format. Still never applied.
    throw new BlobError(
      `an authentic blob that does not read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}
