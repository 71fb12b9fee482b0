// Child process for the two-writers tests: another Rapport process on the same journal folder. It waits for
// commands on stdin so several children can be made to contend at the same moment:
//   open      → "opened" | "locked <pid>" | "error <message>"  (JournalHost.open, as the app does)
//   edit <k>  → "acked <k>" once the edit is fsync'd
// With DIE_AFTER_OPENING set (see below), "open" kills the process part-way instead.
// It holds the journal until it is killed.
import { createInterface } from 'node:readline';
import { StoreLockedError } from '../lock';
import { JournalHost } from '../../journal/journal-host';
import { disk } from '../durable-io';

const dir = process.argv[2];
if (!dir) throw new Error('usage: lock-child <dir>');
const journalDir = dir;
let host: JournalHost | undefined;

// DIE_AFTER_OPENING=<name>: the process is killed the moment it has opened a file whose name contains <name>
// for writing, before writing a byte — the worst moment for a crash.
const dieAfter = process.env.DIE_AFTER_OPENING;
if (dieAfter) {
  const open = disk.open;
  disk.open = (async (path: string, flags?: string) => {
    const handle = await open(path, flags);
    if (path.includes(dieAfter) && flags !== 'r') process.kill(process.pid, 'SIGKILL');
    return handle;
  }) as typeof disk.open;
}
const say = (line: string): void => void process.stdout.write(`${line}\n`);

async function handle(line: string): Promise<void> {
  const [command, arg] = line.split(' ');
  if (command === 'open') {
    try {
      host = await JournalHost.open(journalDir);
      say('opened');
    } catch (error) {
      if (error instanceof StoreLockedError) say(`locked ${error.pid ?? '?'}`);
      else say(`error ${error instanceof Error ? error.message : String(error)}`);
    }
  } else if (command === 'edit' && host && arg) {
    host.doc.getMap<string>('m').set(arg, arg);
    await host.store.whenFlushed();
    say(`acked ${arg}`);
  }
}

let queue = Promise.resolve();
createInterface({ input: process.stdin }).on('line', (line) => {
  queue = queue.then(() => handle(line));
});
say('ready');
