// Subscribes React to part of the Y.Doc with a cached snapshot (STYLE habit 6): the snapshot only changes
// when the observed type changes, so unrelated edits do not re-render the component.
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

// Yjs types are invariant in their event type, so "any observable Yjs type" needs `any` here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyYType = Y.AbstractType<any>;

export function useYSnapshot<T>(type: AnyYType, read: () => T): T {
  const cache = useRef<{ type: AnyYType; value: T; dirty: boolean } | null>(null);
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
    if (current && current.type === type && !current.dirty) return current.value;
    const value = read();
    cache.current = { type, value, dirty: false };
    return value;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
}
