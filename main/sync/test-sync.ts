// Test helpers shared by the sync tests that run real services on 127.0.0.1: a bounded wait, and the short
// reconnect and handshake timings those tests give SyncService so a broken sync fails fast instead of hanging.

/** Polls until `check` holds; bounded, so a broken sync fails the test instead of hanging it. */
export async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Spread into SyncService's options: reconnect after 50–200 ms, give up a handshake after 2 s. */
export const TEST_SYNC_TIMING = {
  backoff: { firstMs: 50, maxMs: 200 },
  limits: { handshakeMs: 2000 },
} as const;
