// Live goals for the list: active first, then achieved, then dropped.
import { goalsMap, listGoals, type Goal } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useYSnapshot } from '../../data/use-collection';

export function useGoals(): Goal[] {
  const { doc } = useJournal();
  return useYSnapshot(goalsMap(doc), () => listGoals(doc));
}
