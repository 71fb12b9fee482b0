// The window's save state for the status line ("Saved", "Saving…").
import { useSyncExternalStore } from 'react';
import type { SaveState } from './save-status';
import { useJournal } from './journal-context';

export function useSaveState(): SaveState {
  const { status } = useJournal();
  return useSyncExternalStore(status.subscribe, status.get);
}
