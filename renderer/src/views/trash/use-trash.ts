// Everything in the Trash, newest first, kept live. The Trash spans every collection, so it observes them
// all; the list is only mounted on the Trash screen, and re-renders only when the entries really changed.
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { COLLECTIONS, collection, listTrash, type TrashEntry } from '@shared/schema';
import { useJournal } from '../../data/journal-context';

export function useTrash(): TrashEntry[] {
  const { doc } = useJournal();
  const cache = useRef<{ json: string; value: TrashEntry[]; dirty: boolean } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const maps = COLLECTIONS.map((name) => collection(doc, name));
      const observer = (): void => {
        if (cache.current) cache.current.dirty = true;
        onChange();
      };
      maps.forEach((map) => map.observeDeep(observer));
      return () => maps.forEach((map) => map.unobserveDeep(observer));
    },
    [doc],
  );
  const getSnapshot = (): TrashEntry[] => {
    const current = cache.current;
    if (current && !current.dirty) return current.value;
    const value = listTrash(doc);
    const json = JSON.stringify(value);
    if (current && current.json === json) {
      current.dirty = false;
      return current.value;
    }
    cache.current = { json, value, dirty: false };
    return value;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
}
