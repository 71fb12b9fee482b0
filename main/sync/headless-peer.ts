// The headless peer behind `rapport serve`, `pair` and `sync`: a journal folder opened as its one writer, the
// paired-device file that belongs to that folder, and the same SyncService the app runs. No Electron here:
// pair keys rest in the owner-only file (the file-permission sealer).
import { join } from 'node:path';
import type { JournalHost } from '../journal/journal-host';
import { PairedDevices, PAIRED_DEVICES_FILE } from './paired-devices';
import type { SyncJournal } from './peer-session';
import { filePermissionSealer } from './secret-sealer';
import { SyncService, type SyncServiceOptions } from './sync-service';

/**
 * The paired-device file of a journal folder, where the app keeps it too: beside the app's own state, which
 * is `<DIR>/.app-profile` for a folder given with --data-dir (or RAPPORT_DATA_DIR) and the app's user-data
 * folder for its default journal (`<userData>/journal`). So two folders never share one device identity, and
 * the app and the CLI on the same folder are one device (they take turns: the journal lock).
 */
export function pairedDevicesFileFor(dataDir: string, explicit: boolean, defaultUserData: string): string {
  return join(explicit ? join(dataDir, '.app-profile') : defaultUserData, PAIRED_DEVICES_FILE);
}

export type HeadlessOptions = Omit<SyncServiceOptions, 'devices' | 'journal' | 'traffic'>;

export class HeadlessPeer {
  readonly service: SyncService;
  /** While set, conversations use this journal instead (`sync --once` reads the peer's state into a copy). */
  private stand: SyncJournal | undefined;
  private counter: ((device: string, direction: 'sent' | 'received', bytes: number) => void) | undefined;

  private constructor(
    readonly host: JournalHost,
    readonly devices: PairedDevices,
    options: HeadlessOptions,
  ) {
    this.service = new SyncService({
      ...options,
      devices,
      journal: () => this.journal(),
      traffic: (device, direction, bytes) => this.counter?.(device, direction, bytes),
    });
  }

  static async open(host: JournalHost, deviceFile: string, options: HeadlessOptions = {}): Promise<HeadlessPeer> {
    const devices = await PairedDevices.open(deviceFile, filePermissionSealer);
    return new HeadlessPeer(host, devices, options);
  }

  /** The journal right now (the host swaps its document after an adoption). */
  journal(): SyncJournal {
    if (this.stand) return this.stand;
    const host = this.host;
    return { doc: host.doc, identity: host.identity, whenFlushed: () => host.store.whenFlushed() };
  }

  /** Runs `conversation` with `stand` in place of the journal. */
  async standIn<T>(stand: SyncJournal, conversation: () => Promise<T>): Promise<T> {
    this.stand = stand;
    try {
      return await conversation();
    } finally {
      this.stand = undefined;
    }
  }

  /** Counts the bytes of the connections this side opens while `conversation` runs. */
  async counting<T>(
    count: (device: string, direction: 'sent' | 'received', bytes: number) => void,
    conversation: () => Promise<T>,
  ): Promise<T> {
    this.counter = count;
    try {
      return await conversation();
    } finally {
      this.counter = undefined;
    }
  }

  /** Ends every conversation, then flushes and closes the journal (which releases the lock). */
  async close(): Promise<void> {
    await this.service.stop();
    await this.host.close();
  }
}
