// Live circles, sorted by name in the UI language.
import { useTranslation } from 'react-i18next';
import { circlesMap, listCircles, type Circle } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useYSnapshot } from '../../data/use-collection';

export function useCircles(): Circle[] {
  const { doc } = useJournal();
  const { i18n } = useTranslation();
  return useYSnapshot(circlesMap(doc), () => listCircles(doc, i18n.language), i18n.language);
}
