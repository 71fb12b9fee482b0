// `npm run bench -- --only sync`: what device sync costs (issue 13) — bytes to catch up a paired device missing
// N edits against the Yjs minimum, and the time for two devices with 5,000 offline edits each to converge.
import { measureCatchUp, type CatchUpFigures } from './sync-catch-up';
import { measureConverge, type ConvergeFigures } from './sync-converge';
import { ms, type Row } from './stats';

export const CATCH_UP_EDITS = [100, 1000] as const;
export const CONVERGE_EDITS = 5000;
/** Bytes sent / the minimal update, framing counted apart. */
export const RATIO_TARGET = 1.05;
export const CONVERGE_TARGET_MS = 1000;

export interface SyncFigures {
  catchUp: CatchUpFigures[];
  converge: ConvergeFigures;
}

export async function runSyncBench(runs: number): Promise<SyncFigures> {
  const catchUp: CatchUpFigures[] = [];
  for (const edits of CATCH_UP_EDITS) catchUp.push(await measureCatchUp(edits));
  return { catchUp, converge: await measureConverge(CONVERGE_EDITS, Math.max(runs, 5)) };
}

const bytes = (n: number): string => `${n.toLocaleString('en-US')} B`;

export function syncRows(figures: SyncFigures): Row[] {
  const rows: Row[] = [];
  for (const c of figures.catchUp) {
    rows.push({
      what: `catch up ${c.edits.toLocaleString('en-US')} edits: update sent / minimal`,
      result: `${bytes(c.updateBytes)} / ${bytes(c.minimalBytes)} = ${c.ratio.toFixed(3)}×`,
      target: `≤ ${RATIO_TARGET}×`,
      ok: c.ratio <= RATIO_TARGET,
    });
    rows.push({
      what: `  framing: session envelope + secure frames (+ handshake once)`,
      result: `${bytes(c.envelopeBytes)} + ${bytes(c.frameBytes)} (+ ${bytes(c.handshakeBytes)})`,
    });
  }
  const converge = figures.converge;
  rows.push({
    what: `${converge.editsEach.toLocaleString('en-US')} offline edits each, converge on loopback (median of ${converge.runsMs.length})`,
    result: ms(converge.medianMs),
    target: `≤ ${ms(CONVERGE_TARGET_MS)}`,
    ok: converge.medianMs <= CONVERGE_TARGET_MS,
  });
  return rows;
}
