// `rapport sync --once` with one paired device: a conversation that ends as soon as this side holds the
// peer's state (and has sent its own), then a check: the peer's whole state is read into a copy and compared
// with this journal. Until both hold the same (a few rounds at most) it goes again; what moved is counted.
import * as Y from 'yjs';
import { DocSyncEndpoint } from '@shared/sync/doc-sync';
import type { HeadlessPeer } from './headless-peer';
import type { LinkOutcome } from './peer-link';

export interface OnceReport {
  outcome: 'converged' | 'unreachable' | 'refused' | 'unfinished';
  /** Why it did not converge, in words for the user. */
  text?: string;
  /** Bytes on the wire (encrypted frames) during the exchanges, not the check. */
  sentBytes: number;
  receivedBytes: number;
  /** Updates from the peer applied to this journal, and their size. */
  updatesIn: number;
  updateBytesIn: number;
}

const ROUNDS = 3;

export async function syncOnce(peer: HeadlessPeer, device: string): Promise<OnceReport> {
  const report: OnceReport = { outcome: 'unfinished', sentBytes: 0, receivedBytes: 0, updatesIn: 0, updateBytesIn: 0 };
  const counted = (_device: string, direction: 'sent' | 'received', bytes: number): void => {
    if (direction === 'sent') report.sentBytes += bytes;
    else report.receivedBytes += bytes;
  };
  for (let round = 0; round < ROUNDS; round += 1) {
    const doc = peer.journal().doc;
    const applied = (update: Uint8Array, origin: unknown): void => {
      if (!(origin instanceof DocSyncEndpoint)) return;
      report.updatesIn += 1;
      report.updateBytesIn += update.length;
    };
    doc.on('update', applied);
    const exchanged = await peer
      .counting(counted, () => oneConversation(peer, device))
      .finally(() => doc.off('update', applied));
    if (!settled(exchanged, report)) return report;
    const theirs = new Y.Doc();
    const mine = peer.journal();
    const checked = await peer.standIn({ doc: theirs, identity: mine.identity, whenFlushed: async () => {} }, () =>
      oneConversation(peer, device),
    );
    const same = Y.equalSnapshots(Y.snapshot(mine.doc), Y.snapshot(theirs));
    theirs.destroy();
    if (!settled(checked, report)) return report;
    if (same) {
      await mine.whenFlushed();
      report.outcome = 'converged';
      return report;
    }
  }
  report.text = 'the other device kept changing; run it again';
  return report;
}

/** False (with the reason in `report`) when the conversation ended without syncing. */
function settled(outcome: LinkOutcome, report: OnceReport): boolean {
  if (outcome.kind === 'ended' && outcome.synced) return true;
  if (outcome.kind === 'unreachable') {
    report.outcome = 'unreachable';
    report.text = outcome.text;
  } else if (outcome.kind === 'refused') {
    report.outcome = 'refused';
  } else {
    report.outcome = 'unfinished';
    report.text = 'the connection ended before the journals were in step';
  }
  return false;
}

/** One conversation, closed by this side once it has received the peer's state (its own went out before). */
function oneConversation(peer: HeadlessPeer, device: string): Promise<LinkOutcome> {
  const service = peer.service;
  let opened = false;
  const stop = service.onChange(() => {
    const state = service.devices().find((d) => d.device === device)?.state;
    if (state === 'syncing') opened = true;
    else if (state === 'up-to-date' && opened) service.disconnect(device, 'in step');
  });
  return service.syncWith(device).finally(stop);
}
