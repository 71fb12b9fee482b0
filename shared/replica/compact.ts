// When a window's replica cache is compacted, and into what (issue 10): everything it holds merged into
// one update, then split into pieces that each load in a short task (split-update.ts).
import * as Y from 'yjs';
import { DEFAULT_PIECE_BYTES, splitUpdate } from './split-update';

/** More entries than this (each edit is one) are merged at the next chance. */
export const MAX_ENTRIES = 200;

/** Whether an entry of this size would hold a loading window up for too long (it is kept as pieces instead). */
export function tooLargeToLoadAtOnce(size: number, pieceBytes = DEFAULT_PIECE_BYTES): boolean {
  return size > 2 * pieceBytes;
}

/** Whether a cache holding entries of these sizes should be compacted: too many, or one too large to load at once. */
export function needsCompaction(sizes: readonly number[], pieceBytes = DEFAULT_PIECE_BYTES): boolean {
  return sizes.length > MAX_ENTRIES || sizes.some((size) => tooLargeToLoadAtOnce(size, pieceBytes));
}

/** The cache's entries as the pieces that replace them: the same document, in loadable pieces. */
export function compactUpdates(updates: readonly Uint8Array[], pieceBytes = DEFAULT_PIECE_BYTES): Uint8Array[] {
  const [first, ...rest] = updates;
  if (!first) return [];
  const merged = rest.length === 0 ? first : Y.mergeUpdates([...updates]);
  return splitUpdate(merged, pieceBytes);
}
