// What the sync layer tells main's log: refusals (wrong key, replay, unpaired peer, hostile frame) and
// state changes. Never the journal's content and never a key.

export interface SyncLogEntry {
  level: 'info' | 'warn';
  event: string;
  /** The other device, by id, when known. */
  peer?: string;
  detail: string;
}

export type SyncLog = (entry: SyncLogEntry) => void;

export const consoleSyncLog: SyncLog = (entry) => {
  const line = `Rapport sync: ${entry.event}${entry.peer ? ` (${entry.peer})` : ''}: ${entry.detail}`;
  if (entry.level === 'warn') console.warn(line);
  else console.info(line);
};
