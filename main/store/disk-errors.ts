// A full or read-only disk explained in words a person can act on. The store keeps the system's code (ENOSPC,
// EROFS…) at the end of the message and the original error as `cause`, for logs and support.

const FULL = new Set(['ENOSPC', 'EDQUOT']);
const READ_ONLY = new Set(['EROFS', 'EACCES', 'EPERM']);

export type DiskErrorKind = 'full' | 'read-only';

export class DiskError extends Error {
  constructor(
    message: string,
    readonly kind: DiskErrorKind,
    readonly code: string,
    cause: unknown,
    /** The folder that could not be written, for the window's own wording (main/ipc/window-errors.ts). */
    readonly dir = '',
  ) {
    super(message, { cause });
    this.name = 'DiskError';
  }
}

function codeOf(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * `doing` says what failed, as the start of a sentence: "Edits are not being saved", "The backup was not
 * written". Errors that are not about a full or read-only disk are returned as they are.
 */
export function explainDiskError(error: unknown, dir: string, doing: string): Error {
  if (error instanceof DiskError) return error;
  const code = codeOf(error);
  if (code && FULL.has(code)) {
    return new DiskError(
      `${doing}: the disk that holds ${dir} is full. Free some space; Rapport keeps what is not saved yet and saves it as soon as there is room. (${code})`,
      'full',
      code,
      error,
      dir,
    );
  }
  if (code && READ_ONLY.has(code)) {
    return new DiskError(
      `${doing}: Rapport may not write to ${dir} (the folder or its disk is read-only). Make it writable, or choose another data folder with --data-dir. (${code})`,
      'read-only',
      code,
      error,
      dir,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}
