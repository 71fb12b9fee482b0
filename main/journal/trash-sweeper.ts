// Empties the trash of entries older than 30 days: once when the journal opens, then every few hours while
// the app runs. Purging is a normal document edit, so it is stored and synced like any other.
import type * as Y from 'yjs';
import { purgeExpired } from '@shared/schema';

export const TRASH_SWEEP_INTERVAL_MS = 6 * 60 * 60 * 1000;

export interface TrashSweeper {
  sweepNow(): number;
  stop(): void;
}

/** `currentDoc` is asked each time, since a restore swaps the journal's document. */
export function startTrashSweeper(
  currentDoc: () => Y.Doc,
  now: () => Date = () => new Date(),
  intervalMs = TRASH_SWEEP_INTERVAL_MS,
): TrashSweeper {
  const sweepNow = (): number => purgeExpired(currentDoc(), now()).length;
  sweepNow();
  const timer = setInterval(sweepNow, intervalMs);
  timer.unref();
  return { sweepNow, stop: () => clearInterval(timer) };
}
