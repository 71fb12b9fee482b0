// Takes backups of the live journal: daily while running (checked at start and hourly), and on demand
// before imports and restores. Old backups are pruned by ./retention after each new one.
import type * as Y from 'yjs';
import { encodeRapportFile } from '@shared/export/rapport-file';
import { deleteBackups, listBackups, saveBackup, type BackupEntry, type BackupReason } from './backup-files';
import { backupsToPrune, dailyBackupDue } from './retention';

const HOUR = 60 * 60 * 1000;

export class BackupService {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private readonly currentDoc: () => Y.Doc;

  /** `doc` may be a function: after a restore the journal lives in a new Y.Doc, and backups follow it. */
  constructor(
    private readonly dataDir: string,
    doc: Y.Doc | (() => Y.Doc),
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.currentDoc = typeof doc === 'function' ? doc : () => doc;
  }

  /** Writes a backup of the journal as it is now. Backups are serialised so two never race. */
  backupNow(reason: BackupReason): Promise<BackupEntry> {
    const next = this.running.then(async () => {
      const entry = await saveBackup(
        this.dataDir,
        reason,
        encodeRapportFile(this.currentDoc(), this.clock()),
        this.clock(),
      );
      await deleteBackups(backupsToPrune(await listBackups(this.dataDir)));
      return entry;
    });
    this.running = next.catch(() => undefined);
    return next;
  }

  async dailyIfDue(): Promise<BackupEntry | undefined> {
    if (!dailyBackupDue(await listBackups(this.dataDir), this.clock())) return undefined;
    return this.backupNow('daily');
  }

  startDaily(onError: (error: unknown) => void): void {
    const tick = (): void => void this.dailyIfDue().catch(onError);
    tick();
    this.timer = setInterval(tick, HOUR);
    this.timer.unref();
  }

  list(): Promise<BackupEntry[]> {
    return listBackups(this.dataDir);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
