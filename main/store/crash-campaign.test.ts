// The fast crash campaign (issue 9), part of `npm test`: a few dozen seeded SIGKILLs of a writer mid-edit,
// mid-compaction, mid-backup and mid-restore. The long one is `npm run soak`.
import { describe, expect, it } from 'vitest';
import { runCrashCampaign } from './test-fixtures/crash-campaign';

describe('the crash campaign', () => {
  it('keeps every acknowledged edit and a verifiable journal through 24 SIGKILLs', async () => {
    const summary = await runCrashCampaign({ rounds: 24, seed: 9 });
    console.log(JSON.stringify(summary));
    expect(summary.rounds).toBe(24);
    expect(summary.aimed).toEqual({ edit: 6, compact: 6, backup: 6, restore: 6 });
    expect(summary.ackedChecked).toBeGreaterThan(0);
  }, 60_000);
});
