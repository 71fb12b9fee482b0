// Electron prefixes an error thrown by a main-process handler with "Error invoking remote method
// 'docMessage': Error: "; the person only needs main's own sentence ("Edits are not being saved: …").
const REMOTE_PREFIX = /^Error invoking remote method '[^']*':\s*(?:[A-Za-z]*Error:\s*)?/;

export function ipcErrorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(REMOTE_PREFIX, '');
}
