// Reads one record and keeps the previous object while nothing it returns has changed, so typing in a
// rich-text field stored on the same record (a goal's strategy, a circle's notes) does not re-render the page.
import { useRef } from 'react';
import type * as Y from 'yjs';
import { useYSnapshot } from '../../data/use-collection';

export function useStableRead<T>(entry: Y.Map<unknown>, read: () => T): T {
  const last = useRef<{ json: string; value: T } | null>(null);
  return useYSnapshot(entry, () => {
    const value = read();
    const json = JSON.stringify(value);
    if (last.current && last.current.json === json) return last.current.value;
    last.current = { json, value };
    return value;
  });
}
