// Live events in date order, for the list and the pickers; re-read only when the events change.
import { eventsMap, listEvents, type JournalEvent } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useYSnapshot } from '../../data/use-collection';

export function useEvents(): JournalEvent[] {
  const { doc } = useJournal();
  return useYSnapshot(eventsMap(doc), () => listEvents(doc));
}
