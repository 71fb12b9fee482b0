// `rapport restore FILE`: the journal goes back to a backup's exact state under a new epoch, after a
// "before restore" backup of the present. Refused while the app has the journal open (exit 3).
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { encodeRapportFile } from '@shared/export/rapport-file';
import { readMeta } from '@shared/schema';
import { backupFolder, parseBackupFileName, saveBackup } from '../backup/backup-files';
import { readRestorePlan, RestoreError, restoredState } from '../backup/restore-plan';
import { replaceStoreContents } from '../backup/restore-files';
import { openJournalForWriting } from './journal-access';
import { CliError, EXIT, type CliIo, type ExitCode } from './output';

/** A path as given; a bare backup name that is not a file here is looked up in DIR/backups. */
function locate(dataDir: string, file: string): string {
  const given = resolve(file);
  if (existsSync(given) || basename(file) !== file || !parseBackupFileName(file)) return given;
  return join(backupFolder(dataDir), file);
}

export async function restoreCommand(dataDir: string, file: string | undefined, io: CliIo): Promise<ExitCode> {
  if (!file)
    throw new CliError('Which backup? rapport restore FILE (a .rapport file, e.g. one in DIR/backups)', EXIT.usage);
  // Read and check the file before touching the journal: a bad file never opens, locks or creates anything.
  const plan = await readRestorePlan(locate(dataDir, file)).catch((error: unknown) => {
    if (error instanceof RestoreError) throw new CliError(error.message, EXIT.badInput);
    throw error;
  });
  const journal = await openJournalForWriting(dataDir);
  let closed = false;
  try {
    const before = await saveBackup(dataDir, 'before-restore', encodeRapportFile(journal.doc), new Date());
    const meta = readMeta(journal.doc); // migrated on open, so it has an id
    const { state, epoch } = restoredState(plan, { journalId: meta.journalId ?? 'unknown', epoch: meta.epoch });
    await replaceStoreContents(journal.store, state);
    closed = true;
    io.out(`Restored ${plan.file} (taken ${plan.createdAt}); the journal is now at epoch ${epoch}.`);
    io.out(`The journal as it was is backed up as ${before.path}`);
    return EXIT.ok;
  } finally {
    if (closed) journal.doc.destroy();
    else await journal.close();
  }
}
