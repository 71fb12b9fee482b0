// Errors main sends to a window, in main's language: a full or read-only disk and a backup that cannot be
// restored are said again from their fields (their own messages stay English for the CLI and the log).
import { mt } from '../app/main-i18n';
import { DiskError } from '../store/disk-errors';
import { BackupNotFoundError } from '../backup/backup-files';
import { RestoreError } from '../backup/restore-plan';

export function forWindow(error: unknown): unknown {
  if (error instanceof DiskError && error.dir)
    return new Error(
      mt(error.kind === 'full' ? 'errors.diskFull' : 'errors.diskReadOnly', { dir: error.dir, code: error.code }),
      { cause: error },
    );
  if (error instanceof RestoreError && error.file)
    return new Error(mt('errors.restoreRefused', { file: error.file, why: error.why }), { cause: error });
  if (error instanceof BackupNotFoundError && error.file)
    return new Error(mt('errors.noSuchBackup', { file: error.file }), { cause: error });
  return error;
}
