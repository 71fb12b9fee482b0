// Where the journal stood the last time a paired device's state reached it (a Yjs snapshot: state vector and
// deletions), kept in a small device-local file, so that when a newer epoch arrives the app can say whether
// edits made here since then exist only in the "before restore" backup.
import { readFile } from 'node:fs/promises';
import * as Y from 'yjs';
import { z } from 'zod';
import { replaceFile } from '../store/durable-io';
import type { SyncJournal } from './peer-session';

export const EPOCH_MARK_FILE = 'sync-mark.json';

const markFile = z.strictObject({
  journalId: z.string().min(1),
  epoch: z.number().int().min(0),
  snapshot: z.string().min(1),
});
type Mark = z.infer<typeof markFile>;

export class EpochMarks {
  private mark: Mark | undefined;
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly path: string,
    private readonly delayMs: number,
  ) {}

  /** A missing or unreadable file means "never synced": edits are then counted as not synced. */
  static async open(path: string, delayMs = 2000): Promise<EpochMarks> {
    const marks = new EpochMarks(path, delayMs);
    try {
      marks.mark = markFile.parse(JSON.parse(await readFile(path, 'utf8')));
    } catch {
      marks.mark = undefined;
    }
    return marks;
  }

  /** The journal as it is now has been synced; written to disk a little later (many updates come in bursts). */
  record(journal: Pick<SyncJournal, 'doc' | 'identity'>): void {
    const { journalId, epoch } = journal.identity;
    const snapshot = Buffer.from(Y.encodeSnapshot(Y.snapshot(journal.doc))).toString('base64');
    this.mark = { journalId, epoch, snapshot };
    if (this.timer) return;
    this.timer = setTimeout(() => void this.flush().catch(() => undefined), this.delayMs);
    this.timer.unref();
  }

  /** True when `journal` changed since its last sync in this epoch, or never synced in it. */
  editsSinceSync(journal: Pick<SyncJournal, 'doc' | 'identity'>): boolean {
    const mark = this.mark;
    const { journalId, epoch } = journal.identity;
    if (!mark || mark.journalId !== journalId || mark.epoch !== epoch) return true;
    const then = Y.decodeSnapshot(Buffer.from(mark.snapshot, 'base64'));
    return !Y.equalSnapshots(then, Y.snapshot(journal.doc));
  }

  /** Writes the latest mark now. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const mark = this.mark;
    if (!mark) return this.writing;
    this.writing = this.writing
      .catch(() => undefined)
      .then(() => replaceFile(this.path, Buffer.from(JSON.stringify(mark))));
    return this.writing;
  }
}
