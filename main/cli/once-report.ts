// How `rapport sync --once` (and `pair`) says what one sync did: converged, with what was sent and received,
// or why not, calmly and with what to do.
import type { OnceReport } from '../sync/headless-once';
import type { HeadlessPeer } from '../sync/headless-peer';
import type { CliIo } from './output';

const n = (value: number): string => value.toLocaleString('en-US');

/** True when the two journals are in step. */
export function printOnce(name: string, address: string, report: OnceReport, peer: HeadlessPeer, io: CliIo): boolean {
  const moved =
    `sent ${n(report.sentBytes)} bytes, received ${n(report.receivedBytes)} bytes; ` +
    `${n(report.updatesIn)} update${report.updatesIn === 1 ? '' : 's'} (${n(report.updateBytesIn)} bytes) applied here`;
  if (report.outcome === 'converged') {
    io.out(`${name} (${address}): in step — ${moved}.`);
    return true;
  }
  const device = peer.devices.list().find((d) => d.name === name);
  const why =
    report.outcome === 'refused'
      ? (device?.lastError ?? 'the other device refused this one')
      : (report.text ?? 'the sync did not finish');
  const advice =
    report.outcome === 'refused'
      ? 'Pair again if it was unpaired there.'
      : 'Nothing is lost: run `rapport sync --once` again when it can be reached.';
  io.err(`${name} (${address}): not in step — ${why}. ${advice} (So far: ${moved}.)`);
  return false;
}
