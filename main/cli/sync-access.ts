// How the sync commands open a journal folder: as its one writer (the journal lock), with the paired-device
// file that belongs to the folder. While the app has the folder open, it is the app that syncs.
import { JournalHost } from '../journal/journal-host';
import { StoreLockedError } from '../store';
import { HeadlessPeer, pairedDevicesFileFor, type HeadlessOptions } from '../sync/headless-peer';
import { defaultUserDataDir } from '../app/user-data';
import { CliError, EXIT } from './output';

export interface Folder {
  dir: string;
  /** Given with --data-dir or RAPPORT_DATA_DIR (else the app's default journal). */
  explicit: boolean;
}

export function deviceFileOf(folder: Folder): string {
  return pairedDevicesFileFor(folder.dir, folder.explicit, defaultUserDataDir());
}

export async function openJournalHost(dir: string): Promise<JournalHost> {
  let host: JournalHost;
  try {
    host = await JournalHost.open(dir);
  } catch (error) {
    if (error instanceof StoreLockedError)
      throw new CliError(
        `${error.message}\nWhile the app (or another \`rapport serve\` or \`sync\`) has this journal open, it is that ` +
          'process that syncs it. Quit it, then run this again.',
        EXIT.locked,
      );
    throw new CliError(
      `Cannot open the journal in ${dir}: ${error instanceof Error ? error.message : String(error)}`,
      EXIT.locked,
    );
  }
  if (host.readOnly) {
    await host.close();
    throw new CliError(
      `The journal in ${dir} is from a newer Rapport; it is not synced from this one. Nothing was written.`,
      EXIT.locked,
    );
  }
  return host;
}

export async function openPeer(folder: Folder, options: HeadlessOptions = {}): Promise<HeadlessPeer> {
  const host = await openJournalHost(folder.dir);
  try {
    return await HeadlessPeer.open(host, deviceFileOf(folder), options);
  } catch (error) {
    await host.close();
    throw new CliError(error instanceof Error ? error.message : String(error), EXIT.locked);
  }
}

/** Resolves on Ctrl+C or SIGTERM (then the caller stops cleanly). */
export function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** The sync layer's log, for a terminal: refusals and what the other side did wrong, on stderr. */
export function cliSyncLog(command: string, err: (line: string) => void) {
  return (entry: { event: string; peer?: string; detail: string }): void =>
    err(`rapport ${command}: ${entry.event}${entry.peer ? ` (${entry.peer})` : ''}: ${entry.detail}`);
}
