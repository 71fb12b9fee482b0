// React access to the shared incremental reflections store (live-reflections.ts), and the reflections linked
// to one person, event or goal, derived from it.
import { useMemo, useSyncExternalStore } from 'react';
import type { ReflectionLink } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { liveReflectionsFor, type ReflectionItem } from './live-reflections';

export function useLiveReflections(): readonly ReflectionItem[] {
  const { doc } = useJournal();
  const store = liveReflectionsFor(doc);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/** Newest first, only those linked to `link` (a person's, event's or goal's page). */
export function useLinkedReflections({ field, id }: ReflectionLink): readonly ReflectionItem[] {
  const all = useLiveReflections();
  return useMemo(() => all.filter((r) => r[field].includes(id)), [all, field, id]);
}
