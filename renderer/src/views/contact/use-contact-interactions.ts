// The interactions one contact took part in, newest first, kept current as interactions are logged,
// edited or trashed anywhere.
import { interactionsMap, listInteractionsFor, type Interaction } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useYSnapshot } from '../../data/use-collection';

export function useContactInteractions(id: string): Interaction[] {
  const { doc } = useJournal();
  return useYSnapshot(interactionsMap(doc), () => listInteractionsFor(doc, id));
}
