// Contacts that are probably this same person. Checking scans the whole journal, so it runs once on open
// and again shortly after typing or syncing settles — never on every keystroke of a 10,000-person journal.
import { useEffect, useState } from 'react';
import { contactsMap } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { likelyDuplicates, type LikelyDuplicate } from './likely-duplicates';

const SETTLE_MS = 400;

export function useDuplicates(contactId: string): LikelyDuplicate[] {
  const { doc } = useJournal();
  const [found, setFound] = useState<LikelyDuplicate[]>(() => likelyDuplicates(doc, contactId));
  useEffect(() => {
    const contacts = contactsMap(doc);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => setFound(likelyDuplicates(doc, contactId)), SETTLE_MS);
    };
    contacts.observeDeep(later);
    return () => {
      clearTimeout(timer);
      contacts.unobserveDeep(later);
    };
  }, [doc, contactId]);
  return found;
}
