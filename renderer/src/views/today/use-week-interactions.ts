// The live interactions from `since` on (this week's, for the energy sum). Only those are read in full: the
// rest are passed over on their date alone, so a journal with 20,000 interactions stays quick. The cache is
// keyed by `since` as well as by the document's changes (STYLE: key a snapshot by every input).
import { useCallback, useRef, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { interactionsMap, readInteraction, type Interaction } from '@shared/schema';
import { useJournal } from '../../data/journal-context';

export function useWeekInteractions(since: string): readonly Interaction[] {
  const { doc } = useJournal();
  const cache = useRef<{ since: string; value: readonly Interaction[]; dirty: boolean } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const map = interactionsMap(doc);
      const observer = (): void => {
        if (cache.current) cache.current.dirty = true;
        onChange();
      };
      map.observeDeep(observer);
      return () => map.unobserveDeep(observer);
    },
    [doc],
  );
  const getSnapshot = (): readonly Interaction[] => {
    const current = cache.current;
    if (current && current.since === since && !current.dirty) return current.value;
    const value: Interaction[] = [];
    interactionsMap(doc).forEach((map, id) => {
      if (!(map instanceof Y.Map)) return;
      const date = map.get('date');
      // A missing or odd date falls back to the logging day in readInteraction: read those in full.
      if (typeof date === 'string' && date.length === 10 && date < since) return;
      const interaction = readInteraction(id, map);
      if (interaction.deletedAt === undefined && interaction.date >= since) value.push(interaction);
    });
    cache.current = { since, value, dirty: false };
    return value;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
}
