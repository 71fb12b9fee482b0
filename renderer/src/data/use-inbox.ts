// Live inbox notes, newest first.
import { inboxMap, listInbox, type InboxNote } from '@shared/schema';
import { useJournal } from './journal-context';
import { useYSnapshot } from './use-collection';

export function useInbox(): InboxNote[] {
  const { doc } = useJournal();
  return useYSnapshot(inboxMap(doc), () => listInbox(doc));
}
