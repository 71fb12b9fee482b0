// The messages between the journal window and the search worker: the document's state once, then each
// update, and queries answered by number so a late answer to an old query is never shown.
import type { SearchHit } from '@shared/search';

export type ToWorker =
  | { type: 'init'; state: Uint8Array }
  | { type: 'update'; update: Uint8Array }
  | { type: 'query'; seq: number; text: string; limit: number; perKind: number };

export type FromWorker =
  { type: 'ready'; size: number; buildMs: number } | { type: 'results'; seq: number; hits: SearchHit[]; took: number };
