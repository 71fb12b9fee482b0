// Components edit the journal through this: one call, one undoable step, tagged as this window's own edit.
import { useCallback } from 'react';
import { editLocally } from './undo';
import { useJournal } from './journal-context';

export function useEdit(): <T>(action: () => T) => T {
  const { doc } = useJournal();
  return useCallback(<T>(action: () => T): T => editLocally(doc, action), [doc]);
}
