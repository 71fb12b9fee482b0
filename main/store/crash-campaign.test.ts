// The fast crash campaign (issue 9), part of `npm test`: a few dozen seeded SIGKILLs of a writer mid-edit,
// mid-compaction, mid-backup and mid-restore. The long one is `npm run soak`.
import { describe, expect, it } from 'vitest';
import { runCrashCampaign } from './test-fixtures/crash-campaign';

describe('the crash campaign', () => {
  it('keeps every acknowledged edit and a verifiable journal through 20 SIGKILLs', async () => {
    // Every check (acknowledged edits present, old-or-restored, verifyStore, backups readable) throws inside.
    const summary = await runCrashCampaign({ rounds: 20, seed: 9 });
    expect(summary.rounds).toBe(20);
    expect(summary.aimed).toEqual({ edit: 5, compact: 5, backup: 5, restore: 5 });
    expect(summary.ackedChecked).toBeGreaterThan(20);
    // Most kills aimed at an op land while it runs (the rest just after it, which is fine to test too).
    const { compact, backup, restore } = summary.landedDuring;
    expect(compact + backup + restore).toBeGreaterThanOrEqual(5);
  }, 60_000);
});
