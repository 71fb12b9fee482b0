// Live, sorted contacts for lists.
import { contactsMap, listContacts, type Contact } from '@shared/schema';
import { useJournal } from './journal-context';
import { useYSnapshot } from './use-collection';
import { useTranslation } from 'react-i18next';

export function useContacts(): Contact[] {
  const { doc } = useJournal();
  const { i18n } = useTranslation();
  return useYSnapshot(contactsMap(doc), () => listContacts(doc, i18n.language));
}
