// Keeps reaching one paired device at its host:port: connect, handshake with the pair key, sync until the
// connection ends, then try again with back-off (doubling up to a cap, reset after a good connection).
// A refusal that trying again cannot fix (unpaired, wrong key, another journal or epoch) stops it.
import { HandshakeError, type Opened } from './handshake-session';

export interface Backoff {
  firstMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { firstMs: 1000, maxMs: 60_000 };

export type LinkOutcome =
  /** The connection opened and later ended: try again, soon if it had synced (else as after a failure). */
  | { kind: 'ended'; synced: boolean }
  /** Could not connect or the handshake failed on the way: try again later. */
  | { kind: 'unreachable'; text: string }
  /** Trying again would only repeat it. */
  | { kind: 'refused' };

export class PeerLink {
  private stopped = false;
  private wake: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    /** One connection: resolves when it has ended, saying how. */
    private readonly connectOnce: () => Promise<LinkOutcome>,
    private readonly backoff: Backoff,
    /** How it waits between attempts (tests record the waits instead of sleeping). */
    private readonly wait?: (ms: number) => Promise<void>,
  ) {}

  /** Runs until stopped or refused. */
  async run(): Promise<void> {
    let delay = this.backoff.firstMs;
    while (!this.stopped) {
      const outcome = await this.connectOnce();
      if (outcome.kind === 'refused' || this.stopped) return;
      if (outcome.kind === 'ended' && outcome.synced) delay = this.backoff.firstMs;
      await (this.wait ?? ((ms: number) => this.sleep(ms)))(delay);
      if (!(outcome.kind === 'ended' && outcome.synced)) delay = Math.min(delay * 2, this.backoff.maxMs);
    }
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.wake?.();
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve;
      this.timer = setTimeout(resolve, ms);
    });
  }
}

/** Handshake refusals that another attempt would only repeat. */
export function isFinal(error: unknown): boolean {
  return (
    error instanceof HandshakeError && ['unpaired', 'wrong-key', 'unexpected-device', 'code'].includes(error.reason)
  );
}

export type { Opened };
