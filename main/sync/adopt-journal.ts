// "Two journals" on the joining device: receive the other device's journal, then let the restore machinery
// swap this journal for it — merged with this one's entities (after a "before pairing" backup) when it had any.
import type * as Y from 'yjs';
import { adoptedState, holdsEntities } from '@shared/sync/adopt-plan';
import type { BackupEntry } from '../backup/backup-files';
import type { RestoreService } from '../backup/restore-service';

export interface JournalSource {
  /** The complete state of `device`'s journal; nothing of this journal is touched or sent. */
  adopt(device: string): Promise<{ state: Uint8Array }>;
}

/** Resolves once the new journal is on disk (fsync'd) and every holder of the old one was told; with the backup, if one was taken. */
export async function adoptJournal(
  source: JournalSource,
  device: string,
  restorer: Pick<RestoreService, 'adopt'>,
  doc: () => Y.Doc,
  now: () => Date = () => new Date(),
): Promise<BackupEntry | undefined> {
  const theirs = await source.adopt(device);
  return restorer.adopt(() => {
    const mine = doc();
    return { state: adoptedState(mine, theirs.state, now()), backUp: holdsEntities(mine) };
  });
}
