// Runs the handshake (handshake.ts) over a wire, for the side that connects and the side that accepts, and
// hands the wire to a SecureChannel once both have proved they hold the key. Every refusal is logged and
// closes the connection; nothing of the journal moves before the channel is open.
import { mt } from '../app/main-i18n';
import type { z } from 'zod';
import {
  clientFinish,
  clientHello,
  deriveKeys,
  newNonce,
  proofMatches,
  refusal,
  serverReply,
  type HandshakeMode,
  type TranscriptParts,
} from './handshake';
import { offerIdOf, type PairingOffers } from './pairing-code';
import { SecureChannel, type PeerIdentity } from './secure-channel';
import type { SyncLimits } from './limits';
import type { SyncLog } from './sync-log';
import type { Wire } from './wire';

export type HandshakeRefusal =
  'timeout' | 'closed' | 'malformed' | 'wrong-key' | 'unpaired' | 'code' | 'unexpected-device';

export class HandshakeError extends Error {
  constructor(
    readonly reason: HandshakeRefusal,
    message: string,
  ) {
    super(message);
  }
}

export interface Opened {
  channel: SecureChannel;
  mode: HandshakeMode;
  /** Pairing only: the long-term key both devices now keep. */
  pairKey?: Buffer;
}

/** A handshake takes two messages each way; a few frames may follow the last before the channel listens. */
const MAX_QUEUED = 8;

/** Queues what arrives until the handshake asks for it; what is left goes to the channel. */
class Inbox {
  private readonly queue: Uint8Array[] = [];
  private waiter: { resolve: (b: Uint8Array) => void; reject: (e: Error) => void } | undefined;
  private failure: HandshakeError | undefined;

  constructor(wire: Wire) {
    wire.onMessage((bytes) => {
      if (this.waiter) {
        const w = this.waiter;
        this.waiter = undefined;
        w.resolve(bytes);
      } else if (this.queue.length < MAX_QUEUED) this.queue.push(bytes);
      else this.fail(new HandshakeError('malformed', 'The other device sent too much during the handshake.'));
    });
    wire.onClose(() => this.fail(new HandshakeError('closed', mt('sync.closed'))));
  }

  next(): Promise<Uint8Array> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve(queued);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => (this.waiter = { resolve, reject }));
  }

  fail(error: HandshakeError): void {
    this.failure ??= error;
    this.waiter?.reject(this.failure);
    this.waiter = undefined;
  }

  drain(): Uint8Array[] {
    return this.queue.splice(0);
  }
}

function parse<S extends z.ZodType>(bytes: Uint8Array, schema: S, limits: SyncLimits): z.output<S> {
  if (bytes.length > limits.maxHandshakeBytes)
    throw new HandshakeError('malformed', 'A handshake message is too large.');
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw new HandshakeError('malformed', 'A handshake message is not JSON.');
  }
  const result = schema.safeParse(value);
  if (!result.success) throw new HandshakeError('malformed', 'A handshake message has the wrong shape.');
  return result.data;
}

const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value), 'utf8');
const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

interface Common {
  self: PeerIdentity;
  limits: SyncLimits;
  log: SyncLog;
}

/** Runs `steps` under the handshake time-out; any failure is logged, closes the wire and is rethrown. */
async function guarded<T>(wire: Wire, inbox: Inbox, common: Common, side: string, steps: () => Promise<T>): Promise<T> {
  const timer = setTimeout(
    () => inbox.fail(new HandshakeError('timeout', mt('sync.timeout'))),
    common.limits.handshakeMs,
  );
  try {
    return await steps();
  } catch (error) {
    const failure =
      error instanceof HandshakeError
        ? error
        : new HandshakeError('malformed', error instanceof Error ? error.message : String(error));
    common.log({ level: 'warn', event: `${side} handshake refused: ${failure.reason}`, detail: failure.message });
    wire.close(failure.message);
    throw failure;
  } finally {
    clearTimeout(timer);
  }
}

export type ConnectTarget = { mode: 'pair'; secret: Buffer } | { mode: 'session'; key: Buffer; peerDevice: string };

/** The side that connects: it knows the secret (pairing) or the paired device and their key (session). */
export function connectHandshake(wire: Wire, target: ConnectTarget, common: Common): Promise<Opened> {
  const inbox = new Inbox(wire);
  return guarded(wire, inbox, common, 'outgoing', async () => {
    const psk = target.mode === 'pair' ? target.secret : target.key;
    const offer = target.mode === 'pair' ? offerIdOf(target.secret) : undefined;
    const nonce = newNonce();
    const hello = {
      t: 'hello',
      v: 1,
      mode: target.mode,
      device: common.self.device,
      name: common.self.name,
      nonce: b64(nonce),
    };
    wire.send(json(offer ? { ...hello, offer: b64(offer) } : hello));
    const answer = await inbox.next();
    const refused = refusal.safeParse(safeJson(answer));
    if (refused.success)
      throw new HandshakeError(
        refused.data.reason === 'unpaired' ? 'unpaired' : 'code',
        refused.data.reason === 'unpaired' ? mt('sync.unpaired') : mt('sync.codeRefused'),
      );
    const reply = parse(answer, serverReply, common.limits);
    if (target.mode === 'session' && reply.device !== target.peerDevice)
      throw new HandshakeError('unexpected-device', mt('sync.otherDevice'));
    const parts: TranscriptParts = {
      mode: target.mode,
      client: { device: common.self.device, name: common.self.name, nonce, offer },
      server: { device: reply.device, name: reply.name, nonce: reply.nonce },
    };
    const keys = deriveKeys(psk, parts);
    if (!proofMatches(keys.serverProof, reply.proof)) throw new HandshakeError('wrong-key', mt('sync.wrongKey'));
    wire.send(json({ t: 'finish', proof: b64(keys.clientProof) }));
    const peer = { device: reply.device, name: reply.name };
    const channel = new SecureChannel(
      wire,
      { send: keys.clientToServer, receive: keys.serverToClient },
      peer,
      common.limits,
      common.log,
      inbox.drain(),
    );
    return { channel, mode: target.mode, pairKey: target.mode === 'pair' ? keys.pairKey : undefined };
  });
}

function safeJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return undefined;
  }
}

export interface AcceptOptions extends Common {
  /** The long-term key shared with a paired device, or undefined for a device that is not (or no longer) paired. */
  keyFor: (device: string) => Buffer | undefined;
  offers: PairingOffers;
}

/** The side that listens: it finds the key from the device id (session) or the offer (pairing). */
export function acceptHandshake(wire: Wire, options: AcceptOptions): Promise<Opened> {
  const inbox = new Inbox(wire);
  return guarded(wire, inbox, options, 'incoming', async () => {
    const hello = parse(await inbox.next(), clientHello, options.limits);
    if (hello.device === options.self.device)
      throw new HandshakeError('unexpected-device', 'A device cannot pair with itself.');
    let psk: Buffer | undefined;
    if (hello.mode === 'pair') {
      psk = hello.offer ? options.offers.take(hello.offer) : undefined;
      if (!psk) {
        wire.send(json({ t: 'refused', reason: 'code' }));
        throw new HandshakeError(
          'code',
          `Device ${hello.device} offered a pairing code that is unknown, used or expired.`,
        );
      }
    } else {
      psk = options.keyFor(hello.device);
      if (!psk) {
        wire.send(json({ t: 'refused', reason: 'unpaired' }));
        throw new HandshakeError('unpaired', `Device ${hello.device} is not paired with this one.`);
      }
    }
    const nonce = newNonce();
    const parts: TranscriptParts = {
      mode: hello.mode,
      client: { device: hello.device, name: hello.name, nonce: hello.nonce, offer: hello.offer },
      server: { device: options.self.device, name: options.self.name, nonce },
    };
    const keys = deriveKeys(psk, parts);
    wire.send(
      json({
        t: 'reply',
        device: options.self.device,
        name: options.self.name,
        nonce: b64(nonce),
        proof: b64(keys.serverProof),
      }),
    );
    const finish = parse(await inbox.next(), clientFinish, options.limits);
    if (!proofMatches(keys.clientProof, finish.proof))
      throw new HandshakeError('wrong-key', `Device ${hello.device} could not prove it holds the shared key.`);
    const channel = new SecureChannel(
      wire,
      { send: keys.serverToClient, receive: keys.clientToServer },
      { device: hello.device, name: hello.name },
      options.limits,
      options.log,
      inbox.drain(),
    );
    return { channel, mode: hello.mode, pairKey: hello.mode === 'pair' ? keys.pairKey : undefined };
  });
}
