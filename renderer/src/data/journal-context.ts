// React access to the open journal session; provided once at the root of each window.
import { createContext, useContext } from 'react';
import type { JournalSession } from './journal-session';

export const JournalContext = createContext<JournalSession | null>(null);

export function useJournal(): JournalSession {
  const session = useContext(JournalContext);
  if (!session) throw new Error('useJournal must be used inside <JournalContext.Provider>');
  return session;
}
