// Messages between the window's replica cache and its compaction worker.

/** Compact the cache database `name`: merge what it holds and keep it as pieces that load in short tasks. */
export interface CompactRequest {
  type: 'compact';
  name: string;
}

export type CompactResult =
  /** `replaced` entries are now `entries` pieces (both 0 when there was nothing to do). */
  { type: 'compacted'; replaced: number; entries: number; ms: number } | { type: 'failed'; message: string };
