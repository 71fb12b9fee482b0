// The worker's answer to what is typed now. The last answer stays on screen until the next one arrives,
// so the list never flickers empty between keystrokes.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { SearchHit } from '@shared/search';
import type { SearchClient } from './search-client';

export interface Answer {
  /** The query these hits answer ('' before the first one). */
  query: string;
  hits: SearchHit[];
}

const NONE: Answer = { query: '', hits: [] };
/** The palette lists this many hits of each kind, of the best LIMIT; the worker sends no more than that. */
export const PER_KIND = 5;
const LIMIT = 60;

export function useSearchHits(client: SearchClient, query: string): Answer {
  const [answer, setAnswer] = useState<Answer>(NONE);
  const typed = query.trim() !== '';
  useEffect(() => {
    if (!typed) return;
    let live = true;
    void client.search(query, LIMIT, PER_KIND).then((hits) => {
      // Rendered in the task that brought the answer, not one scheduled after it: a frame painted in
      // between would show the old list for one more frame.
      if (live && hits) flushSync(() => setAnswer({ query, hits }));
    });
    return () => {
      live = false;
    };
  }, [client, query, typed]);
  return typed ? answer : NONE;
}
