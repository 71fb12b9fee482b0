// A duplicate index of the journal for "New contact", rebuilt only when contacts change — so typing a name
// looks it up in a map instead of scanning 10,000 people on every keystroke.
import { useMemo } from 'react';
import { duplicateIndex, type Contact, type DuplicateCandidate } from '@shared/schema';

export interface DuplicateLookup {
  find: (candidate: DuplicateCandidate) => string[];
  lookup: (id: string) => Contact | undefined;
}

export function useDuplicateFinder(contacts: readonly Contact[]): DuplicateLookup {
  return useMemo(() => {
    const byId = new Map(contacts.map((c) => [c.id, c]));
    return { find: duplicateIndex(contacts), lookup: (id: string) => byId.get(id) };
  }, [contacts]);
}
