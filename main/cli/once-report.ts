// How `rapport sync --once` (and `pair`) says what one sync did: converged, with what was sent and received,
// or why not, calmly and with what to do.
import type { OnceReport } from '../sync/headless-once';
import type { HeadlessPeer } from '../sync/headless-peer';
import type { CliIo } from './output';

const n = (value: number): string => value.toLocaleString('en-US');

/** True when the two journals are in step. */
export function printOnce(
  target: { device: string; name: string; address: string },
  report: OnceReport,
  peer: HeadlessPeer,
  io: CliIo,
): boolean {
  const { name, address } = target;
  const moved =
    `sent ${n(report.sentBytes)} bytes, received ${n(report.receivedBytes)} bytes; ` +
    `${n(report.updatesIn)} update${report.updatesIn === 1 ? '' : 's'} (${n(report.updateBytesIn)} bytes) applied here`;
  if (report.outcome === 'converged') {
    io.out(`${name} (${address}): in step — ${moved}.`);
    return true;
  }
  const device = peer.devices.get(target.device);
  const why =
    report.outcome === 'refused'
      ? (device?.lastError ?? 'the other device refused this one; if it was unpaired there, pair again')
      : `${report.text ?? 'the sync did not finish'}. Nothing is lost: run \`rapport sync --once\` again when it can be reached`;
  const sofar = report.sentBytes + report.receivedBytes > 0 ? ` (So far: ${moved}.)` : '';
  io.err(`${name} (${address}): not in step — ${why.replace(/\.$/, '')}.${sofar}`);
  return false;
}
