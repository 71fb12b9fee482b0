// The channel's limits, in one place so SECURITY.md and the tests name the same figures. Tests shorten the
// time-outs through SyncLimits; the defaults are what the app uses.

export interface SyncLimits {
  /** One frame on the wire, header and tag included (ws refuses larger payloads before we see them). */
  maxFrameBytes: number;
  /** A message reassembled from frames (a first catch-up of a large journal spans several frames). */
  maxMessageBytes: number;
  /** One handshake message (JSON). */
  maxHandshakeBytes: number;
  /** From connect to an open channel. */
  handshakeMs: number;
  /** Silence after which a connection is closed; each side pings at a third of it. */
  idleMs: number;
  /** Frames a peer may send at once, and how many it earns back per second. */
  burstFrames: number;
  framesPerSecond: number;
}

export const DEFAULT_LIMITS: SyncLimits = {
  maxFrameBytes: 1024 * 1024,
  maxMessageBytes: 64 * 1024 * 1024,
  maxHandshakeBytes: 2048,
  handshakeMs: 10_000,
  idleMs: 60_000,
  burstFrames: 2000,
  framesPerSecond: 500,
};

/** A token bucket: `take()` is false when a peer sends faster than the limits allow. */
export class RateLimiter {
  private tokens: number;
  private last: number;

  constructor(
    private readonly limits: Pick<SyncLimits, 'burstFrames' | 'framesPerSecond'>,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = limits.burstFrames;
    this.last = now();
  }

  take(): boolean {
    const at = this.now();
    this.tokens = Math.min(
      this.limits.burstFrames,
      this.tokens + ((at - this.last) / 1000) * this.limits.framesPerSecond,
    );
    this.last = at;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
