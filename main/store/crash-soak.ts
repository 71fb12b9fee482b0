// `npm run soak [rounds] [seed]`: the long crash campaign (issue 9) — hundreds of SIGKILLs mid-edit,
// mid-compaction, mid-backup and mid-restore, each followed by a full check. Not part of `npm test`.
import { runCrashCampaign, type CampaignSummary } from './test-fixtures/crash-campaign';

const rounds = Number(process.argv[2] ?? 600);
const seed = Number(process.argv[3] ?? Date.now() % 100_000);

function line(summary: CampaignSummary): string {
  const ops = (['edit', 'compact', 'backup', 'restore'] as const)
    .map((op) => `${op} ${summary.landedDuring[op]}/${summary.aimed[op]}`)
    .join(', ');
  const { old, restored, same } = summary.restoreOutcomes;
  return (
    `${summary.rounds} kills (landed during the op aimed at: ${ops}); ` +
    `${summary.ackedChecked} acknowledged edits checked, none lost; ` +
    `kills mid-restore reopened as old ${old}, restored ${restored}, either ${same}; ` +
    `${summary.tornTailsCut} torn tails cut off`
  );
}

async function main(): Promise<void> {
  console.log(`Crash soak: ${rounds} rounds, seed ${seed} (repeat with: npm run soak ${rounds} ${seed})`);
  const started = Date.now();
  const summary = await runCrashCampaign({
    rounds,
    seed,
    onRound: (index, sofar) => {
      if ((index + 1) % 50 === 0) console.log(`  ${line(sofar)}`);
    },
  });
  console.log(`\nPassed in ${((Date.now() - started) / 1000).toFixed(1)} s: ${line(summary)}.`);
}

main().catch((error: unknown) => {
  console.error(`\nCrash soak FAILED (seed ${seed}): ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
