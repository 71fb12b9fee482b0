// Child process for the crash test: writes edits as fast as it can and prints "ack <i>" only after the
// store says edit i is fsync'd. The parent kills it with SIGKILL mid-stream.
import { JournalFileStore } from '../file-store';

const dir = process.argv[2];
if (!dir) throw new Error('usage: crash-writer <dir>');
const target = dir;

async function run(): Promise<void> {
  // A small compaction threshold so the kill also lands during snapshot writes.
  const store = await JournalFileStore.open(target, { compactAfterBytes: 16 * 1024 });
  const doc = store.doc;
  const map = doc.getMap<number>('acks');
  for (let i = 0; ; i += 1) {
    map.set(String(i), i);
    await store.whenFlushed();
    process.stdout.write(`ack ${i}\n`);
  }
}

void run();
