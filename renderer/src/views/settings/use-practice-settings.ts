// The practice's synced settings (weekly energy budget, review day, last review, the first-steps guide put
// away), live for Today and Settings.
import { energyBudget, firstStepsHidden, lastReviewOn, reviewDay, settingsMap } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useYSnapshot } from '../../data/use-collection';

export interface PracticeSettings {
  energyBudget: number;
  reviewDay: number;
  lastReviewOn: string | undefined;
  firstStepsHidden: boolean;
}

export function usePracticeSettings(): PracticeSettings {
  const { doc } = useJournal();
  return useYSnapshot(settingsMap(doc), () => ({
    energyBudget: energyBudget(doc),
    reviewDay: reviewDay(doc),
    lastReviewOn: lastReviewOn(doc),
    firstStepsHidden: firstStepsHidden(doc),
  }));
}
