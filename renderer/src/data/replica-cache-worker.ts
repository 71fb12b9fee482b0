// Runs a replica cache's compaction (replica-cache-compact.ts) off the window's thread: merging and
// splitting a large journal takes seconds.
import { compactCache } from './replica-cache-compact';
import type { CompactRequest, CompactResult } from './replica-cache-protocol';

self.onmessage = (event: MessageEvent<CompactRequest>) => {
  compactCache(event.data.name).then(
    (result) => self.postMessage(result),
    (error: unknown) =>
      self.postMessage({
        type: 'failed',
        message: error instanceof Error ? error.message : String(error),
      } satisfies CompactResult),
  );
};
