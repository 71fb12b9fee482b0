// The worker's answer to what is typed now. The last answer stays on screen until the next one arrives,
// so the list never flickers empty between keystrokes.
import { useEffect, useState } from 'react';
import type { SearchHit } from '@shared/search';
import type { SearchClient } from './search-client';

export interface Answer {
  /** The query these hits answer ('' before the first one). */
  query: string;
  hits: SearchHit[];
}

const NONE: Answer = { query: '', hits: [] };

export function useSearchHits(client: SearchClient, query: string): Answer {
  const [answer, setAnswer] = useState<Answer>(NONE);
  const typed = query.trim() !== '';
  useEffect(() => {
    if (!typed) return;
    let live = true;
    void client.search(query).then((hits) => {
      if (live && hits) setAnswer({ query, hits });
    });
    return () => {
      live = false;
    };
  }, [client, query, typed]);
  return typed ? answer : NONE;
}
