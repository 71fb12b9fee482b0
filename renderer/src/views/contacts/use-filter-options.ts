// What the People filters can offer: goals and circles by name (only those changes re-render the filters).
import { useTranslation } from 'react-i18next';
import { circlesMap, goalsMap, listCircles, listGoals } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useYSnapshot } from '../../data/use-collection';

export interface FilterOption {
  value: string;
  label: string;
}

export function useGoalOptions(): FilterOption[] {
  const { doc } = useJournal();
  return useYSnapshot(goalsMap(doc), () => listGoals(doc).map((g) => ({ value: g.id, label: g.title })));
}

export function useCircleOptions(): FilterOption[] {
  const { doc } = useJournal();
  const { i18n } = useTranslation();
  return useYSnapshot(
    circlesMap(doc),
    () => listCircles(doc, i18n.language).map((c) => ({ value: c.id, label: c.name })),
    i18n.language,
  );
}
