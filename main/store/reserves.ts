// The reserve copies recovery would lean on — journal.snapshot.prev, journal.log.prev and the backups —
// checked for `rapport verify`. They are not read when the live files are whole, so their damage is
// otherwise silent until the day they are needed.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeRapportFile } from '../../shared/export/rapport-file';
import { listBackups } from '../backup/backup-files';
import { readSnapshotState, salvageLog } from './salvage';

async function readOptional(path: string): Promise<Uint8Array | undefined> {
  return readFile(path).then(
    (b) => new Uint8Array(b),
    () => undefined,
  );
}

/** One sentence per reserve copy that cannot be read (empty when all are whole). */
export async function checkReserves(dir: string): Promise<string[]> {
  const notes: string[] = [];
  const prev = await readOptional(join(dir, 'journal.snapshot.prev'));
  const prevRead = prev ? readSnapshotState(prev) : undefined;
  if (prevRead && !prevRead.state)
    notes.push(
      `journal.snapshot.prev (the fallback snapshot) is damaged at byte ${prevRead.offset} (${prevRead.why}); it is replaced at the next compaction.`,
    );
  const prevLog = await readOptional(join(dir, 'journal.log.prev'));
  const stop = prevLog ? salvageLog(prevLog).stop : undefined;
  if (stop && stop.kind !== 'torn-tail')
    notes.push(
      `journal.log.prev (the fallback log) is damaged at byte ${stop.offset} (${stop.message}); it is replaced at the next compaction.`,
    );
  for (const entry of await listBackups(dir)) {
    try {
      decodeRapportFile(new Uint8Array(await readFile(entry.path)));
    } catch (error) {
      notes.push(
        `The backup ${entry.file} cannot be read (${error instanceof Error ? error.message : String(error)}); recovery passes over it.`,
      );
    }
  }
  return notes;
}
