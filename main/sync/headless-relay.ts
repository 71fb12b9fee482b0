// The relay for the headless peer: `rapport sync --once` syncs with the relay room until the room and this
// journal agree (bounded; counting what moved), and `serve` / `sync` keep it running beside the LAN links.
import { mt } from '../app/main-i18n';
import type { HeadlessPeer } from './headless-peer';
import { startRelaySync, type RelayClient, type RelayStatus } from './relay';
import { RELAY_ORIGIN } from './relay/relay-room';
import type { SyncLog } from './sync-log';

export interface RelayOnceReport {
  outcome: 'converged' | 'unreachable' | 'refused' | 'unreadable';
  /** Why it did not converge, in words for the user. */
  text?: string;
  /** Room updates (sealed blobs and their Yjs framing) this side sent to and received from the relay. */
  sentBytes: number;
  receivedBytes: number;
  /** Updates from the room applied to this journal, and their size. */
  updatesIn: number;
  updateBytesIn: number;
}

export const RELAY_ONCE_TIMEOUT_MS = 15_000;

/** The sentence for a relay that refused this journal (another journal in the room, or an older epoch). */
export function refusalText(status: RelayStatus): string | undefined {
  if (!status.refusal) return undefined;
  return mt(status.refusal === 'other-journal' ? 'relay.otherJournal' : 'relay.olderEpoch');
}

/** Starts the relay for a running peer; undefined without one, or with the reason it cannot start. */
export function startHeadlessRelay(
  peer: HeadlessPeer,
  options: { log?: SyncLog; onChange?: (status: RelayStatus) => void } = {},
): { client?: RelayClient; problem?: string } {
  try {
    let client: RelayClient | undefined;
    client = startRelaySync({
      devices: peer.devices,
      journal: peer.journal(),
      log: options.log,
      onChange: () => client && options.onChange?.(client.status()),
    });
    return client ? { client } : {};
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

export async function relayOnce(
  peer: HeadlessPeer,
  options: { log?: SyncLog; timeoutMs?: number } = {},
): Promise<RelayOnceReport> {
  const report: RelayOnceReport = {
    outcome: 'unreachable',
    sentBytes: 0,
    receivedBytes: 0,
    updatesIn: 0,
    updateBytesIn: 0,
  };
  const doc = peer.journal().doc;
  let client: RelayClient | undefined;
  try {
    client = startRelaySync({
      devices: peer.devices,
      journal: peer.journal(),
      log: options.log,
      traffic: (direction, bytes) => {
        if (direction === 'sent') report.sentBytes += bytes;
        else report.receivedBytes += bytes;
      },
    });
  } catch (error) {
    return { ...report, outcome: 'unreadable', text: error instanceof Error ? error.message : String(error) };
  }
  if (!client) return { ...report, outcome: 'unreadable', text: 'no relay is set' };
  const applied = (update: Uint8Array, origin: unknown): void => {
    if (origin !== RELAY_ORIGIN) return;
    report.updatesIn += 1;
    report.updateBytesIn += update.length;
  };
  doc.on('update', applied);
  const timeoutMs = options.timeoutMs ?? RELAY_ONCE_TIMEOUT_MS;
  let timer: NodeJS.Timeout | undefined;
  try {
    const status = await Promise.race([
      client.whenUpToDate(),
      new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), timeoutMs))),
    ]);
    if (!status) {
      report.text = `it could not be reached within ${Math.round(timeoutMs / 1000)} seconds`;
    } else if (status.state === 'refused') {
      report.outcome = 'refused';
      report.text = refusalText(status);
    } else {
      await peer.journal().whenFlushed();
      report.outcome = 'converged';
    }
    return report;
  } finally {
    clearTimeout(timer);
    doc.off('update', applied);
    client.stop();
  }
}
