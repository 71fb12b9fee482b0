// How `rapport sync --once` (and `pair`) says what one sync did: converged, with what was sent and received,
// or why not, calmly and with what to do.
import type { OnceReport } from '../sync/headless-once';
import type { RelayOnceReport } from '../sync/headless-relay';
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

/** The same for the relay room: true when the room and this journal agree. */
export function printRelayOnce(target: { url: string; room: string }, report: RelayOnceReport, io: CliIo): boolean {
  const where = `Relay ${target.url} (room ${target.room})`;
  const moved =
    `sent ${n(report.sentBytes)} bytes, received ${n(report.receivedBytes)} bytes; ` +
    `${n(report.updatesIn)} update${report.updatesIn === 1 ? '' : 's'} (${n(report.updateBytesIn)} bytes) applied here`;
  if (report.outcome === 'converged') {
    io.out(`${where}: in step — ${moved}.`);
    return true;
  }
  const why =
    report.outcome === 'unreachable'
      ? `${report.text ?? 'it could not be reached'}. Nothing is lost: check the address and that the relay runs, then run \`rapport sync --once\` again`
      : (report.text ?? 'the relay room did not take this journal');
  const sofar = report.sentBytes + report.receivedBytes > 0 ? ` (So far: ${moved}.)` : '';
  io.err(`${where}: not in step — ${why.replace(/\.$/, '')}.${sofar}`);
  return false;
}
