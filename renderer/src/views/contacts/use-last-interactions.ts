// The last interaction day of every contact, from the shared incremental store (live-last-interactions.ts).
import { useSyncExternalStore } from 'react';
import { useJournal } from '../../data/journal-context';
import { liveLastInteractionsFor } from './live-last-interactions';

export function useLastInteractions(): ReadonlyMap<string, string> {
  const { doc } = useJournal();
  const store = liveLastInteractionsFor(doc);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
