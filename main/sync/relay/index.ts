// The relay for its callers (the app's sync and `rapport sync`): start syncing a journal through the relay
// kept in the paired-device file, and what its settings mean. Design: docs/ARCHITECTURE.md "Sync through a relay".
import { mt } from '../../app/main-i18n';
import type { PairedDevices } from '../paired-devices';
import type { SyncJournal } from '../peer-session';
import type { SyncLog } from '../sync-log';
import { RelayClient, type RelayClientOptions } from './relay-client';

export { RelayClient, type RelayState, type RelayStatus } from './relay-client';
export {
  saveRelaySettings,
  relayToShare,
  adoptSharedRelay,
  sharedRelaySchema,
  type SharedRelay,
} from './relay-settings';

export interface StartRelayOptions {
  devices: PairedDevices;
  journal: SyncJournal;
  log?: SyncLog;
  /** Told each time the relay's state changes; the last sync time is also kept in the device file. */
  onChange?: () => void;
  /** Counts the room updates sent and received (see RelayClientOptions). */
  traffic?: RelayClientOptions['traffic'];
  /** Longest wait between reconnection attempts (default 30 s; `rapport sync --once` waits less). */
  maxBackoffMs?: number;
  /** A promise while a restore replaces the journal: blobs received meanwhile wait (see RelayRoomOptions). */
  hold?: RelayClientOptions['hold'];
}

/**
 * Connects `journal` to the relay set in `devices` (Settings → Devices → Relay, or received when pairing);
 * undefined when none is set. Throws when a relay is set but its key cannot be opened on this computer.
 * Stop it with `stop()`; `whenUpToDate()` resolves once the room and the journal agree (`rapport sync --once`).
 */
export function startRelaySync(options: StartRelayOptions): RelayClient | undefined {
  const relay = options.devices.relay;
  if (!relay) return undefined;
  const key = options.devices.relayKey();
  if (!key) throw new Error(mt('relay.keyUnreadable'));
  const client = new RelayClient({
    url: relay.url,
    room: relay.room,
    key,
    deviceId: options.devices.self.device,
    journal: options.journal,
    log: options.log,
    traffic: options.traffic,
    maxBackoffMs: options.maxBackoffMs,
    hold: options.hold,
  });
  let recorded = 0;
  client.onChange((status) => {
    // The time of the last sync is kept, at most once a minute (each save is an fsync'd file).
    const at = status.lastSyncedAt;
    if (at && at.getTime() - recorded >= 60_000) {
      recorded = at.getTime();
      void options.devices.recordRelay(at).catch(() => undefined);
    }
    options.onChange?.();
  });
  return client;
}
