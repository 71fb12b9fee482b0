// React access to the shared incremental contacts store (live-contacts.ts): unchanged people keep their identity.
import { useSyncExternalStore } from 'react';
import type { Contact } from '@shared/schema';
import { useJournal } from './journal-context';
import { liveContactsFor } from './live-contacts';

export function useLiveContacts(): readonly Contact[] {
  const { doc } = useJournal();
  const store = liveContactsFor(doc);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
