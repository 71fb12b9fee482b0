// A restore ends with this window reloading; a note in sessionStorage lets the screen say afterwards what
// happened. sessionStorage belongs to this window alone and is gone when it closes.
const KEY = 'rapport:restored-backup';

/** Remembers which backup is being restored; returns a function that forgets it (the restore failed). */
export function noteRestore(createdAt: string): () => void {
  sessionStorage.setItem(KEY, createdAt);
  return () => sessionStorage.removeItem(KEY);
}

/** The backup restored just before this page loaded, if any. Reading does not clear it; see clearRestoreNote. */
export function readRestoreNote(): string | undefined {
  return sessionStorage.getItem(KEY) ?? undefined;
}

export function clearRestoreNote(): void {
  sessionStorage.removeItem(KEY);
}
