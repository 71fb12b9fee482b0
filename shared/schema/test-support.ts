// Helpers for the schema tests: replicas that sync like two devices, and fixed local clocks. Not exported
// from index.ts; pure Yjs, so it obeys the same import rules as the rest of shared/.
import * as Y from 'yjs';

/** Exchanges what each replica is missing, both ways, like two devices meeting. */
export function sync(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB);
  Y.applyUpdate(a, toA);
}

/** A second device that starts from `doc`'s current state. */
export function replica(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** Local noon (or `hour`) on a calendar day, so localDay(at(day)) === day in any time zone. */
export function at(day: string, hour = 12): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 0, (m ?? 1) - 1, d ?? 1, hour);
}

/** Counts transactions that changed the document while `fn` runs (one = the change is atomic). */
export function transactionsDuring(doc: Y.Doc, fn: () => void): number {
  let n = 0;
  const count = (): void => {
    n += 1;
  };
  doc.on('update', count);
  try {
    fn();
  } finally {
    doc.off('update', count);
  }
  return n;
}
