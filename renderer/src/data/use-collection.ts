// Subscribes React to part of the Y.Doc with a cached snapshot (STYLE habit 6): the snapshot only changes
// when the observed type changes, so unrelated edits do not re-render the component.
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

// Yjs types are invariant in their event type, so "any observable Yjs type" needs `any` here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyYType = Y.AbstractType<any>;

/**
 * `key` names everything else the read depends on (the language, a filter): the cached snapshot is reused
 * only while both the type and the key are the same (STYLE: a cache keyed by the Yjs type alone goes stale).
 */
export function useYSnapshot<T>(type: AnyYType, read: () => T, key?: string): T {
  const cache = useRef<{ type: AnyYType; key: string | undefined; value: T; dirty: boolean } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const observer = (): void => {
        if (cache.current) cache.current.dirty = true;
        onChange();
      };
      type.observeDeep(observer);
      return () => type.unobserveDeep(observer);
    },
    [type],
  );
  const getSnapshot = (): T => {
    const current = cache.current;
    if (current && current.type === type && current.key === key && !current.dirty) return current.value;
    const value = read();
    cache.current = { type, key, value, dirty: false };
    return value;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
}
