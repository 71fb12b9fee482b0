// Child process of the crash campaign (./crash-campaign.ts): works on a journal the way the app does — edits,
// compactions, backups, restores — and reports each step to the parent on stdout as it happens, so the parent
// knows what was acknowledged when it kills this process with SIGKILL.
//   ack <i>              edit i is fsync'd (map "acks", key i)
//   begin <op> [file]    op (compact | backup | restore) starts; restore names the backup it restores
//   backup <file>        the backup is written (and is the state as of the last ack)
//   end <op>             op finished
import { JournalHost } from '../../journal/journal-host';
import { BackupService } from '../../backup/backup-service';
import { RestoreService } from '../../backup/restore-service';
import { seededRandom } from './seeded-random';

export type CampaignOp = 'edit' | 'compact' | 'backup' | 'restore';

const [dir, seedText, focusText] = process.argv.slice(2);
if (!dir || !seedText || !focusText) throw new Error('usage: crash-campaign-child <dir> <seed> <focus>');
const focus = focusText as CampaignOp;
const random = seededRandom(Number(seedText));
const say = (line: string): void => void process.stdout.write(`${line}\n`);
let sinceBackup = 0;

/** How likely each step is: the op the parent means to kill during comes often, the others now and then. */
function nextOp(haveBackup: boolean): CampaignOp {
  const odds = (op: CampaignOp): number => (op === focus ? 0.35 : 0.04);
  const r = random();
  if (r < odds('compact')) return 'compact';
  if (r < odds('compact') + odds('backup') || (focus === 'restore' && !haveBackup)) return 'backup';
  // A restore right after its backup would restore the same state it replaces: let a few edits come between.
  if (r < odds('compact') + odds('backup') + odds('restore') && haveBackup && sinceBackup >= 3) return 'restore';
  return 'edit';
}

async function run(journalDir: string): Promise<void> {
  const host = await JournalHost.open(journalDir);
  const acks = (): ReturnType<typeof host.doc.getMap<number>> => host.doc.getMap<number>('acks');
  let next = Math.max(-1, ...[...acks().keys()].map(Number)) + 1;
  const backups = new BackupService(journalDir, () => host.doc);
  const restorer = new RestoreService(host, backups, () => undefined);
  const mine: string[] = [];
  say('ready');
  for (;;) {
    const op = nextOp(mine.length > 0);
    if (op === 'edit') {
      const i = next++;
      acks().set(String(i), i);
      await host.store.whenFlushed();
      say(`ack ${i}`);
      sinceBackup += 1;
    } else if (op === 'compact') {
      say('begin compact');
      await host.store.compact();
      say('end compact');
    } else if (op === 'backup') {
      say('begin backup');
      const entry = await backups.backupNow('manual');
      mine.push(entry.file);
      sinceBackup = 0;
      say(`backup ${entry.file}`);
      say('end backup');
    } else {
      // Only backups this process announced: the parent knows exactly what each holds. Retention may prune.
      const present = new Set((await backups.list()).map((b) => b.file));
      const candidates = mine.filter((f) => present.has(f));
      const file = candidates[Math.floor(random() * candidates.length)];
      if (!file) continue;
      say(`begin restore ${file}`);
      await restorer.restore(file);
      say('end restore');
    }
  }
}

run(dir).catch((error: unknown) => {
  process.stderr.write(
    `crash-campaign-child: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
