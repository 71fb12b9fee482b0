// The stored record of one contact, or undefined while there is none (a wrong id, or purged). Re-renders
// only when the record appears or disappears; its fields are read by useContact.
import * as Y from 'yjs';
import { contactsMap, type EntityMap } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useYSnapshot } from '../../data/use-collection';

export function useContactEntry(id: string): EntityMap | undefined {
  const { doc } = useJournal();
  const contacts = contactsMap(doc);
  return useYSnapshot(contacts, () => {
    const entry = contacts.get(id);
    return entry instanceof Y.Map ? entry : undefined;
  });
}
