// A paired device restored a backup, so it holds a newer epoch of this journal: this device never merges its
// old state into it (ARCHITECTURE "Restore and epochs"). It backs up its own journal first — the backup "before
// restore from <device>", which keeps any edits made here since the last sync — then takes the new epoch's
// state through the restore machinery (RestoreService.adopt), and says so in a sentence for the app and the log.
import type { BackupEntry } from '../backup/backup-files';
import type { RestoreService } from '../backup/restore-service';
import { mt } from '../app/main-i18n';
import type { EpochMarks } from './epoch-marks';
import type { SyncJournal } from './peer-session';
import type { SyncLog } from './sync-log';

export interface EpochFollowed {
  /** The device that restored. */
  from: { device: string; name: string };
  epoch: number;
  backup: BackupEntry;
  /** Edits made here since the last sync: they are in `backup` only. */
  editsKept: boolean;
  text: string;
}

export interface FollowDeps {
  restorer: Pick<RestoreService, 'adopt'>;
  journal: () => Pick<SyncJournal, 'doc' | 'identity'>;
  marks: Pick<EpochMarks, 'editsSinceSync'>;
  log?: SyncLog;
}

export type FollowNewerEpoch = (
  state: Uint8Array,
  peer: { journalId: string; epoch: number },
  from: { device: string; name: string },
) => Promise<EpochFollowed | undefined>;

/** Resolves with what happened, or undefined when the journal already moved on (another connection took it). */
export function followNewerEpoch(deps: FollowDeps): FollowNewerEpoch {
  return async (state, peer, from) => {
    const stale = (): boolean => {
      const now = deps.journal().identity;
      return now.journalId !== peer.journalId || now.epoch >= peer.epoch;
    };
    if (stale()) return undefined;
    let editsKept = false;
    const backup = await deps.restorer.adopt(() => {
      if (stale()) throw new Error('The journal already holds this epoch.');
      editsKept = deps.marks.editsSinceSync(deps.journal());
      return { state, backUp: true };
    }, 'before-restore');
    const text = mt(editsKept ? 'sync.epochTakenWithEdits' : 'sync.epochTaken', { name: from.name });
    deps.log?.({ level: 'info', event: 'took a restored journal', peer: from.device, detail: text });
    return { from, epoch: peer.epoch, backup: backup!, editsKept, text };
  };
}
