// Every frame after the handshake: AES-256-GCM under a per-session, per-direction key, with the frame's
// sequence number as the nonce and as authenticated data. A receiver takes only the next number: a replayed,
// reordered, dropped-before or forged frame is refused, and the connection it came on is closed by the caller.
import { createCipheriv, createDecipheriv } from 'node:crypto';

const SEQ_BYTES = 8;
const TAG_BYTES = 16;
export const FRAME_OVERHEAD = SEQ_BYTES + TAG_BYTES;

export type FrameRefusal = 'too-short' | 'too-large' | 'replayed' | 'out-of-order' | 'forged';

export class FrameError extends Error {
  constructor(
    readonly reason: FrameRefusal,
    message: string,
  ) {
    super(message);
  }
}

function nonceFor(seq: Buffer): Buffer {
  return Buffer.concat([Buffer.alloc(12 - SEQ_BYTES), seq]);
}

function seqBytes(seq: bigint): Buffer {
  const out = Buffer.alloc(SEQ_BYTES);
  out.writeBigUInt64BE(seq);
  return out;
}

/** Seals outgoing frames: 8-byte sequence number, ciphertext, 16-byte tag. */
export class FrameSealer {
  private next = 0n;

  constructor(
    private readonly key: Buffer,
    private readonly maxFrameBytes: number,
  ) {}

  seal(plaintext: Uint8Array): Buffer {
    if (plaintext.length + FRAME_OVERHEAD > this.maxFrameBytes)
      throw new FrameError('too-large', `A frame of ${plaintext.length} bytes is over the limit.`);
    const seq = seqBytes(this.next);
    this.next += 1n;
    const cipher = createCipheriv('aes-256-gcm', this.key, nonceFor(seq));
    cipher.setAAD(seq);
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return Buffer.concat([seq, body, cipher.getAuthTag()]);
  }
}

/** Opens incoming frames in order; throws FrameError for anything but the next authentic frame. */
export class FrameOpener {
  private expected = 0n;

  constructor(
    private readonly key: Buffer,
    private readonly maxFrameBytes: number,
  ) {}

  open(frame: Uint8Array): Buffer {
    if (frame.length > this.maxFrameBytes)
      throw new FrameError('too-large', `A frame of ${frame.length} bytes is over the limit.`);
    if (frame.length < FRAME_OVERHEAD) throw new FrameError('too-short', 'A frame is shorter than its header.');
    const bytes = Buffer.from(frame.buffer, frame.byteOffset, frame.length);
    const seqRaw = bytes.subarray(0, SEQ_BYTES);
    const seq = seqRaw.readBigUInt64BE();
    const decipher = createDecipheriv('aes-256-gcm', this.key, nonceFor(seqRaw));
    decipher.setAAD(seqRaw);
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    let plaintext: Buffer;
    try {
      plaintext = Buffer.concat([
        decipher.update(bytes.subarray(SEQ_BYTES, bytes.length - TAG_BYTES)),
        decipher.final(),
      ]);
    } catch {
      throw new FrameError('forged', 'A frame failed authentication (wrong key or changed on the way).');
    }
    // Checked after authentication, so a forged number is reported as forged rather than as a replay.
    if (seq < this.expected) throw new FrameError('replayed', `Frame ${seq} was already received.`);
    if (seq > this.expected) throw new FrameError('out-of-order', `Frame ${seq} came before frame ${this.expected}.`);
    this.expected += 1n;
    return plaintext;
  }
}
