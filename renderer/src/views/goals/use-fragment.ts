// A record's rich-text field for the editor. A field that does not exist yet (a goal imported without a
// strategy) is created in an effect, never during render, and not as an undoable edit.
import { useEffect } from 'react';
import type * as Y from 'yjs';
import { useYSnapshot } from '../../data/use-collection';

export function useFragment(
  entry: Y.Map<unknown>,
  exists: () => boolean,
  open: () => Y.XmlFragment,
): Y.XmlFragment | undefined {
  const ready = useYSnapshot(entry, exists);
  useEffect(() => {
    if (!ready) open();
  }, [ready, open]);
  return ready ? open() : undefined;
}
