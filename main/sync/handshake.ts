// The pre-shared-key handshake, as pure functions: both sides send a random nonce, derive keys with HKDF-SHA256
// from the shared key, both nonces and both device ids, and prove they hold the key with an HMAC over the
// transcript. The key itself never crosses the wire. node:crypto only: no primitive of our own.
import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

export const NONCE_BYTES = 32;
export const KEY_BYTES = 32;
const LABEL = 'rapport-sync-v1';

export type HandshakeMode = 'pair' | 'session';

const base64 = (bytes: number) =>
  z
    .string()
    .max(Math.ceil(bytes / 3) * 4)
    .transform((text, ctx) => {
      const decoded = Buffer.from(text, 'base64');
      if (decoded.length !== bytes || decoded.toString('base64') !== text) {
        ctx.addIssue({ code: 'custom', message: `expected ${bytes} bytes in base64` });
        return z.NEVER;
      }
      return decoded;
    });
const deviceId = z.string().regex(/^[0-9a-f-]{36}$/);
const deviceName = z.string().min(1).max(80);

export const clientHello = z.strictObject({
  t: z.literal('hello'),
  v: z.literal(1),
  mode: z.enum(['pair', 'session']),
  device: deviceId,
  name: deviceName,
  nonce: base64(NONCE_BYTES),
  /** Pairing only: which of the host's offers (see offerIdOf). */
  offer: base64(16).optional(),
});
export const serverReply = z.strictObject({
  t: z.literal('reply'),
  device: deviceId,
  name: deviceName,
  nonce: base64(NONCE_BYTES),
  proof: base64(32),
});
export const clientFinish = z.strictObject({ t: z.literal('finish'), proof: base64(32) });
export const refusal = z.strictObject({ t: z.literal('refused'), reason: z.enum(['unpaired', 'code', 'busy']) });

export type ClientHello = z.output<typeof clientHello>;

export interface TranscriptParts {
  mode: HandshakeMode;
  client: { device: string; name: string; nonce: Uint8Array; offer?: Uint8Array };
  server: { device: string; name: string; nonce: Uint8Array };
}

/** Everything both sides said, length-prefixed so no two transcripts encode alike, hashed with SHA-256. */
export function transcriptHash(parts: TranscriptParts): Buffer {
  const hash = createHash('sha256');
  const field = (value: string | Uint8Array): void => {
    const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    hash.update(length).update(bytes);
  };
  field(LABEL);
  field(parts.mode);
  field(parts.client.device);
  field(parts.client.name);
  field(parts.client.nonce);
  field(parts.client.offer ?? new Uint8Array());
  field(parts.server.device);
  field(parts.server.name);
  field(parts.server.nonce);
  return hash.digest();
}

export interface HandshakeKeys {
  serverProof: Buffer;
  clientProof: Buffer;
  /** Session keys, one per direction, fresh for every connection. */
  clientToServer: Buffer;
  serverToClient: Buffer;
  /** Pairing only: the long-term key the two devices keep (the one-time secret is then forgotten). */
  pairKey: Buffer;
}

export function deriveKeys(psk: Uint8Array, parts: TranscriptParts): HandshakeKeys {
  const th = transcriptHash(parts);
  const salt = Buffer.concat([parts.client.nonce, parts.server.nonce]);
  const key = (purpose: string): Buffer =>
    Buffer.from(hkdfSync('sha256', psk, salt, Buffer.concat([Buffer.from(`${LABEL} ${purpose}\0`), th]), KEY_BYTES));
  const proof = (purpose: string): Buffer => createHmac('sha256', key(purpose)).update(th).digest();
  return {
    serverProof: proof('server proof'),
    clientProof: proof('client proof'),
    clientToServer: key('client to server'),
    serverToClient: key('server to client'),
    pairKey: key('pair key'),
  };
}

export function proofMatches(expected: Buffer, received: Buffer): boolean {
  return expected.length === received.length && timingSafeEqual(expected, received);
}

export function newNonce(): Buffer {
  return randomBytes(NONCE_BYTES);
}
