// Restoring a backup in the running app: check the file, back up the present state, then replace the
// journal with the backup's exact state under a new epoch (BRIEF §2: a restore is not a merge).
import type { BackupService } from './backup-service';
import type { BackupEntry, BackupReason } from './backup-files';
import { resolveBackupFile } from './backup-files';
import { mt } from '../app/main-i18n';
import { readRestorePlan, restoredState } from './restore-plan';

/** What the restore needs of the journal: JournalHost in the app, a stand-in in tests. */
export interface RestorableJournal {
  readonly dataDir: string;
  readonly identity: { journalId: string; epoch: number };
  readonly store: { whenFlushed(): Promise<void> };
  replaceWith(state: Uint8Array): Promise<void>;
}

export interface RestoreOutcome {
  epoch: number;
  /** The backup of the journal as it was just before. */
  before: BackupEntry;
}

export class RestoreService {
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly journal: RestorableJournal,
    private readonly backups: BackupService,
    /** Called once the new document is in place: rebind what held the old one, tell the windows. */
    private readonly onReplaced: () => void,
  ) {}

  /**
   * Resolves when no restore is running. Whatever writes to the journal (window sync, imports) waits
   * here first, so nothing lands in the old document after its "before restore" backup was taken.
   */
  async whenIdle(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined);
  }

  /** True while a restore or an adoption runs (sync holds what it receives until `whenIdle`). */
  get busy(): boolean {
    return this.running !== undefined;
  }

  restore(file: string): Promise<RestoreOutcome> {
    if (this.running) return Promise.reject(new Error(mt('errors.restoreRunning')));
    const run = this.run(file);
    this.running = run;
    void run.finally(() => (this.running = undefined)).catch(() => undefined);
    return run;
  }

  /**
   * Pairing with a device on another journal (ARCHITECTURE "Two journals"): the journal becomes `prepare()`'s
   * state — the other's, with this journal merged in when it had content — through the same swap as a restore.
   * `prepare` runs once nothing else writes, so no edit slips in between; its `backUp` takes a backup first
   * (`reason` names it: a paired device's restore reaching this one is 'before-restore', see sync/epoch-follow).
   */
  adopt(
    prepare: () => { state: Uint8Array; backUp: boolean },
    reason: BackupReason = 'before-pairing',
  ): Promise<BackupEntry | undefined> {
    if (this.running) return Promise.reject(new Error(mt('errors.restoreRunning')));
    const run = (async () => {
      await this.journal.store.whenFlushed();
      const { state, backUp } = prepare();
      const before = backUp ? await this.backups.backupNow(reason) : undefined;
      await this.journal.replaceWith(state);
      this.onReplaced();
      return before;
    })();
    this.running = run;
    void run.finally(() => (this.running = undefined)).catch(() => undefined);
    return run;
  }

  private async run(file: string): Promise<RestoreOutcome> {
    // Everything that can refuse the file happens before anything is written.
    const plan = await readRestorePlan(await resolveBackupFile(this.journal.dataDir, file));
    await this.journal.store.whenFlushed();
    const before = await this.backups.backupNow('before-restore');
    const { state, epoch } = restoredState(plan, this.journal.identity);
    await this.journal.replaceWith(state);
    this.onReplaced();
    return { epoch, before };
  }
}
