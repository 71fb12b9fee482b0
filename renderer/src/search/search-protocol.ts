// The messages between the journal window and the search worker: the document's state once, then each
// update, and queries answered by number so a late answer to an old query is never shown. With a replica
// cache, the worker reads the journal from the cache itself and the window sends only what the cache lacks
// (issue 10: encoding the whole journal for the worker took the window's thread 0.7 s at L).
import type { SearchHit } from '@shared/search';

export type ToWorker =
  | { type: 'init'; state: Uint8Array }
  /** Read the journal from this replica cache (IndexedDB), then tell the window what it holds. */
  | { type: 'init-from-cache'; cacheName: string }
  /** What the window has that the cache had not, answering the worker's state vector. */
  | { type: 'catch-up'; update: Uint8Array }
  | { type: 'update'; update: Uint8Array }
  | { type: 'query'; seq: number; text: string; limit: number; perKind: number };

export type FromWorker =
  | { type: 'state-vector'; stateVector: Uint8Array }
  | { type: 'ready'; size: number; buildMs: number }
  | { type: 'results'; seq: number; hits: SearchHit[]; took: number };
