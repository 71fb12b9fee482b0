// The relay for the headless peer: `rapport sync --once` syncs with the relay room until the room and this
// journal agree (bounded; counting what moved), and `serve` / `sync` keep it running beside the LAN links.
// "Agree" is checked: once the room has been quiet, a second, plain reader of the room must hold exactly the
// room this device holds (so what it sent has reached the relay, and what the relay loaded has reached it).
import { mt } from '../app/main-i18n';
import type { HeadlessPeer } from './headless-peer';
import { startRelaySync, type RelayClient, type RelayStatus } from './relay';
import { RELAY_ORIGIN } from './relay/relay-room';
import { readRoom, ROOM_QUIET_MS, sameStateVector, untilQuiet } from './headless-relay-check';
import * as Y from 'yjs';
import type { SyncLog } from './sync-log';

export interface RelayOnceReport {
  outcome: 'converged' | 'unreachable' | 'refused' | 'unreadable' | 'unfinished';
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
    const client: RelayClient | undefined = startRelaySync({
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
  let changed = Date.now();
  try {
    client = startRelaySync({
      devices: peer.devices,
      journal: peer.journal(),
      log: options.log,
      maxBackoffMs: 2_000, // retries often while it waits; and a pending retry keeps the process at most this long
      traffic: (direction, bytes) => {
        changed = Date.now();
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
  const deadline = Date.now() + timeoutMs;
  const relay = peer.devices.relay!;
  let timer: NodeJS.Timeout | undefined;
  try {
    const status = await Promise.race([
      client.whenUpToDate(),
      new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), timeoutMs))),
    ]);
    if (!status) {
      report.text = `it could not be reached within ${Math.round(timeoutMs / 1000)} seconds`;
      return report;
    }
    if (status.state === 'refused') {
      report.outcome = 'refused';
      report.text = refusalText(status);
      return report;
    }
    while (await untilQuiet(() => changed, ROOM_QUIET_MS, deadline)) {
      const theirs = await readRoom(relay.url, relay.room, { timeoutMs: Math.max(1000, deadline - Date.now()) }).catch(
        (error: unknown) => error as Error,
      );
      if (theirs instanceof Error) {
        report.text = `the relay went away while the sync was checked (${theirs.message})`;
        return report;
      }
      if (client.status().state === 'refused') {
        report.outcome = 'refused';
        report.text = refusalText(client.status());
        return report;
      }
      if (sameStateVector(Y.encodeStateVectorFromUpdate(theirs), client.roomStateVector())) {
        await peer.journal().whenFlushed();
        report.outcome = 'converged';
        return report;
      }
      changed = Date.now(); // not yet: give what is on its way a moment, then read again
    }
    report.outcome = 'unfinished';
    report.text = `the relay room and this journal were not in step within ${Math.round(timeoutMs / 1000)} seconds`;
    return report;
  } finally {
    clearTimeout(timer);
    doc.off('update', applied);
    client.stop();
  }
}
