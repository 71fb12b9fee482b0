// An open, authenticated channel to one paired device: messages in and out as sealed frames (see
// secure-frames.ts), split into chunks under the frame limit, with a rate limit, pings and an idle time-out.
// Any fault closes the connection; nothing half-received is ever handed on.
import { FRAME_OVERHEAD, FrameError, FrameOpener, FrameSealer } from './secure-frames';
import { RateLimiter, type SyncLimits } from './limits';
import type { SyncLog } from './sync-log';
import type { Wire } from './wire';

const KIND_LAST = 0;
const KIND_MORE = 1;
const KIND_PING = 2;

export interface PeerIdentity {
  device: string;
  name: string;
}

export class SecureChannel {
  private readonly sealer: FrameSealer;
  private readonly opener: FrameOpener;
  private readonly rate: RateLimiter;
  private parts: Buffer[] = [];
  private partBytes = 0;
  private idleTimer: NodeJS.Timeout | undefined;
  private readonly pingTimer: NodeJS.Timeout;
  private messageListener: ((message: Uint8Array) => void) | undefined;
  /** Messages that arrived before anyone listened (the session is attached a moment after the handshake). */
  private backlog: Uint8Array[] = [];
  private readonly closeListeners: ((reason: string) => void)[] = [];
  private closeReason: string | undefined;

  constructor(
    private readonly wire: Wire,
    keys: { send: Buffer; receive: Buffer },
    readonly peer: PeerIdentity,
    private readonly limits: SyncLimits,
    private readonly log: SyncLog,
    /** Frames that arrived while the handshake was finishing. */
    pending: readonly Uint8Array[] = [],
  ) {
    this.sealer = new FrameSealer(keys.send, limits.maxFrameBytes);
    this.opener = new FrameOpener(keys.receive, limits.maxFrameBytes);
    this.rate = new RateLimiter(limits);
    wire.onMessage((frame) => this.receive(frame));
    wire.onClose(() => this.finish(this.closeReason ?? 'the connection ended'));
    this.pingTimer = setInterval(() => this.sendFrame(KIND_PING, new Uint8Array()), limits.idleMs / 3);
    this.pingTimer.unref();
    this.touch();
    for (const frame of pending) this.receive(frame);
  }

  get open(): boolean {
    return this.closeReason === undefined && !this.wire.closed;
  }

  /** Sets the one listener; messages that arrived before it are handed to it first, in order. */
  onMessage(listener: (message: Uint8Array) => void): void {
    this.messageListener = listener;
    for (const message of this.backlog.splice(0)) if (this.open) listener(message);
  }

  onClose(listener: (reason: string) => void): void {
    if (this.closeReason !== undefined && this.wire.closed) listener(this.closeReason);
    else this.closeListeners.push(listener);
  }

  send(message: Uint8Array): void {
    const room = this.limits.maxFrameBytes - FRAME_OVERHEAD - 1;
    if (message.length > this.limits.maxMessageBytes) {
      this.close(`a message of ${message.length} bytes is over the limit`);
      return;
    }
    let at = 0;
    do {
      const end = Math.min(message.length, at + room);
      this.sendFrame(end < message.length ? KIND_MORE : KIND_LAST, message.subarray(at, end));
      at = end;
    } while (at < message.length);
  }

  close(reason: string): void {
    if (this.closeReason !== undefined) return;
    this.closeReason = reason;
    this.wire.close(reason);
  }

  /** Closes because the peer did something a well-behaved Rapport never does, and logs it. */
  refuse(event: string, detail: string): void {
    this.log({ level: 'warn', event, peer: this.peer.device, detail });
    this.close(detail);
  }

  private sendFrame(kind: number, body: Uint8Array): void {
    if (!this.open) return;
    const plaintext = Buffer.alloc(body.length + 1);
    plaintext[0] = kind;
    plaintext.set(body, 1);
    this.wire.send(this.sealer.seal(plaintext));
  }

  private receive(frame: Uint8Array): void {
    if (!this.open) return;
    if (!this.rate.take()) return this.refuse('rate limit', 'the peer sent frames faster than allowed');
    let plaintext: Buffer;
    try {
      plaintext = this.opener.open(frame);
    } catch (error) {
      if (error instanceof FrameError) return this.refuse(`frame refused: ${error.reason}`, error.message);
      throw error;
    }
    this.touch();
    const kind = plaintext[0];
    const body = plaintext.subarray(1);
    if (kind === KIND_PING && body.length === 0) return;
    if (kind !== KIND_LAST && kind !== KIND_MORE)
      return this.refuse('frame refused: kind', `unknown frame kind ${kind}`);
    this.partBytes += body.length;
    if (this.partBytes > this.limits.maxMessageBytes)
      return this.refuse('message refused: too large', 'a message grew over the limit');
    this.parts.push(body);
    if (kind === KIND_MORE) return;
    const message = Buffer.concat(this.parts);
    this.parts = [];
    this.partBytes = 0;
    if (this.messageListener) this.messageListener(message);
    else this.backlog.push(message);
  }

  private touch(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.close('the peer was silent too long'), this.limits.idleMs);
    this.idleTimer.unref();
  }

  private finish(reason: string): void {
    clearTimeout(this.idleTimer);
    clearInterval(this.pingTimer);
    this.closeReason ??= reason;
    for (const listener of this.closeListeners.splice(0)) listener(this.closeReason);
  }
}
