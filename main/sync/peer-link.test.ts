// Reconnecting: back-off doubles while a device cannot be reached, starts over after a good connection,
// and stops for good on a refusal that another attempt would only repeat.
import { describe, expect, it } from 'vitest';
import { PeerLink, type LinkOutcome } from './peer-link';

/** The waits the link chose between the given outcomes (no real sleeping). */
async function waits(outcomes: LinkOutcome[]): Promise<number[]> {
  const chosen: number[] = [];
  let i = 0;
  const link = new PeerLink(
    () => Promise.resolve(outcomes[i++] ?? { kind: 'refused' }),
    { firstMs: 20, maxMs: 80 },
    (ms) => {
      chosen.push(ms);
      return Promise.resolve();
    },
  );
  await link.run();
  return chosen;
}

const unreachable = { kind: 'unreachable', text: 'ECONNREFUSED' } as const;

describe('peer link', () => {
  it('doubles the wait while unreachable, up to the cap, and stops on a refusal', async () => {
    expect(await waits([unreachable, unreachable, unreachable, unreachable, { kind: 'refused' }])).toEqual([
      20, 40, 80, 80,
    ]);
  });

  it('starts over after a connection that synced, not after one that ended without syncing', async () => {
    expect(await waits([unreachable, unreachable, { kind: 'ended', synced: true }, { kind: 'refused' }])).toEqual([
      20, 40, 20,
    ]);
    expect(await waits([unreachable, { kind: 'ended', synced: false }, { kind: 'refused' }])).toEqual([20, 40]);
  });

  it('stops at once when stopped while waiting', async () => {
    const link = new PeerLink(() => Promise.resolve(unreachable), { firstMs: 60_000, maxMs: 60_000 });
    const running = link.run();
    await new Promise((resolve) => setTimeout(resolve, 10));
    link.stop();
    await running;
  });
});
