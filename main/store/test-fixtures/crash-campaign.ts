// The crash campaign (issue 9): a child process works on one journal (./crash-campaign-child.ts) and is killed
// with SIGKILL at seeded points, round after round — mid-edit, mid-compaction, mid-backup, mid-restore. After
// each kill the journal is reopened and checked: every acknowledged edit is there, a restore shows either the
// old or the restored state (never a mix), the store verifies, and every backup can be restored.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { JournalFileStore } from '../file-store';
import { verifyStore } from '../verify';
import { backupFolder } from '../../backup/backup-files';
import { readRestorePlan } from '../../backup/restore-plan';
import type { CampaignOp } from './crash-campaign-child';
import { seededRandom } from './seeded-random';
import { bundleChild } from './bundle-child';

const OPS: readonly CampaignOp[] = ['edit', 'compact', 'backup', 'restore'];

export interface CampaignSummary {
  rounds: number;
  /** Kills per op the round aimed at, and how many of those landed while that op was still running. */
  aimed: Record<CampaignOp, number>;
  landedDuring: Record<CampaignOp, number>;
  /** Acknowledged edits checked after the kills, in total. */
  ackedChecked: number;
  /** Kills mid-restore that reopened as the old state, as the restored one, or where the two were the same. */
  restoreOutcomes: { old: number; restored: number; same: number };
  tornTailsCut: number;
}

interface Round {
  focus: CampaignOp;
  /** Kill after this many acks (edit rounds) or this many ms after the op began (other rounds). */
  after: number;
}

/**
 * Kills spread across an op's running time: the longest run of it seen so far (ops finish in a few ms on a
 * fast disk and take longer on a busy machine), or a first guess. Edit rounds count acks instead.
 */
const FIRST_GUESS: Record<CampaignOp, number> = { edit: 12, compact: 8, backup: 4, restore: 36 };

function planRound(random: () => number, index: number, longest: Record<CampaignOp, number>): Round {
  const focus = OPS[index % OPS.length]!;
  if (focus === 'edit') return { focus, after: 1 + Math.floor(random() * FIRST_GUESS.edit) };
  return { focus, after: Math.floor(random() * (longest[focus] || FIRST_GUESS[focus])) };
}

const sameSet = (a: ReadonlySet<number>, b: ReadonlySet<number>): boolean =>
  a.size === b.size && [...a].every((k) => b.has(k));

interface Observed {
  acked: Set<number>;
  backups: Map<string, Set<number>>;
  restoring: string | undefined;
  running: CampaignOp | undefined;
  /** How long each op that finished took, in ms. */
  took: Array<[CampaignOp, number]>;
}

/** Runs the child until the round's kill point, SIGKILLs it, and returns what it had reported. */
async function killRound(
  child: string,
  dir: string,
  seed: number,
  round: Round,
  known: { acked: Set<number>; backups: Map<string, Set<number>> },
): Promise<Observed> {
  const seen: Observed = {
    acked: new Set(known.acked),
    backups: known.backups,
    restoring: undefined,
    running: undefined,
    took: [],
  };
  let began = 0;
  const proc = spawn(process.execPath, [child, dir, String(seed), round.focus], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let acks = 0;
  let killAt: NodeJS.Timeout | undefined;
  const kill = (): void => void proc.kill('SIGKILL');
  // Whatever happens, the round ends: an op that never comes is replaced by a kill after 3 s.
  const deadline = setTimeout(kill, 3000);
  const lines = createInterface({ input: proc.stdout });
  lines.on('line', (line) => {
    const [word, arg] = line.split(' ');
    if (word === 'ack') {
      seen.acked.add(Number(arg));
      acks += 1;
      if (round.focus === 'edit' && acks >= round.after) killAt ??= setTimeout(kill, acks % 3);
    } else if (word === 'begin') {
      seen.running = arg as CampaignOp;
      began = performance.now();
      if (arg === 'restore') seen.restoring = line.split(' ')[2];
      if (arg === round.focus) killAt ??= setTimeout(kill, round.after);
    } else if (word === 'backup' && arg) {
      seen.backups.set(arg, new Set(seen.acked));
    } else if (word === 'end') {
      if (seen.running) seen.took.push([seen.running, performance.now() - began]);
      if (seen.restoring) seen.acked = new Set(seen.backups.get(seen.restoring));
      seen.running = undefined;
      seen.restoring = undefined;
    }
  });
  const code = await new Promise<number | null>((resolve) => proc.once('close', resolve));
  clearTimeout(deadline);
  if (killAt) clearTimeout(killAt);
  if (code !== null) throw new Error(`the campaign child exited by itself (${code}): ${stderr}`);
  return seen;
}

/** Reopens the journal as the app would and checks it; returns the keys it holds and the reports. */
async function checkAfterKill(dir: string, seen: Observed, summary: CampaignSummary): Promise<Set<number>> {
  const store = await JournalFileStore.open(dir);
  const doc = store.doc;
  const keys = new Set([...doc.getMap<number>('acks').keys()].map(Number));
  const damage = store.reports.filter((r) => r.kind !== 'torn-tail');
  summary.tornTailsCut += store.reports.length - damage.length;
  await store.destroy();
  doc.destroy();
  if (damage.length > 0) throw new Error(`the journal was damaged: ${damage.map((r) => r.message).join(' / ')}`);
  const verified = await verifyStore(dir);
  if (!verified.ok) throw new Error(`verifyStore failed: ${verified.problems.map((p) => p.message).join(' / ')}`);
  if (seen.restoring) {
    const restored = seen.backups.get(seen.restoring)!;
    if (sameSet(seen.acked, restored) && sameSet(keys, restored)) summary.restoreOutcomes.same += 1;
    else if (sameSet(keys, seen.acked)) summary.restoreOutcomes.old += 1;
    else if (sameSet(keys, restored)) summary.restoreOutcomes.restored += 1;
    else throw new Error(`a kill mid-restore left neither the old nor the restored state (${keys.size} keys)`);
  } else {
    const missing = [...seen.acked].filter((k) => !keys.has(k));
    if (missing.length > 0) throw new Error(`acknowledged edits lost: ${missing.join(', ')}`);
    // Besides the acknowledged edits, at most the one edit in flight when the kill came.
    if (keys.size > seen.acked.size + 1) throw new Error(`${keys.size - seen.acked.size} unexpected edits appeared`);
  }
  summary.ackedChecked += seen.acked.size;
  const backups = existsSync(backupFolder(dir)) ? readdirSync(backupFolder(dir)) : [];
  for (const file of backups.filter((f) => f.endsWith('.rapport'))) {
    await readRestorePlan(join(backupFolder(dir), file)); // throws on a damaged backup
  }
  return keys;
}

export async function runCrashCampaign({
  rounds,
  seed,
  onRound,
}: {
  rounds: number;
  seed: number;
  onRound?: (index: number, summary: CampaignSummary) => void;
}): Promise<CampaignSummary> {
  const work = mkdtempSync(join(tmpdir(), 'rapport-crash-'));
  try {
    const child = await bundleChild('crash-campaign-child.ts', join(work, 'child'));
    const dir = join(work, 'journal');
    const random = seededRandom(seed);
    const zero = (): Record<CampaignOp, number> => ({ edit: 0, compact: 0, backup: 0, restore: 0 });
    const summary: CampaignSummary = {
      rounds: 0,
      aimed: zero(),
      landedDuring: zero(),
      ackedChecked: 0,
      restoreOutcomes: { old: 0, restored: 0, same: 0 },
      tornTailsCut: 0,
    };
    let known = { acked: new Set<number>(), backups: new Map<string, Set<number>>() };
    const longest = zero();
    for (let index = 0; index < rounds; index += 1) {
      const round = planRound(random, index, longest);
      const seen = await killRound(child, dir, seed + index, round, known);
      for (const [op, ms] of seen.took) longest[op] = Math.max(longest[op], Math.ceil(ms));
      summary.aimed[round.focus] += 1;
      if (round.focus === 'edit' || seen.running === round.focus) summary.landedDuring[round.focus] += 1;
      const keys = await checkAfterKill(dir, seen, summary);
      known = { acked: keys, backups: seen.backups };
      summary.rounds += 1;
      onRound?.(index, summary);
    }
    return summary;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
