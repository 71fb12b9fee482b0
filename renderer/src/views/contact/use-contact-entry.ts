// The stored record of one contact, or undefined while there is none (a wrong id, or purged); its fields
// are read by useContact.
import { contactsMap, type EntityMap } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEntry } from '../../data/use-entry';

export function useContactEntry(id: string): EntityMap | undefined {
  const { doc } = useJournal();
  return useEntry(contactsMap(doc), id);
}
