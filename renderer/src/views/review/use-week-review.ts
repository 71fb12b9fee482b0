// The weekly review's figures for the week containing `today`, kept live: snoozing someone or linking a
// person to a goal during the review shows at once.
import { useMemo } from 'react';
import {
  energyBudget,
  eventsMap,
  goalsMap,
  interactionsMap,
  listEvents,
  listGoals,
  listInteractions,
  settingsMap,
} from '@shared/schema';
import { reviewWeek, type WeekReview } from '@shared/practice/review-summary';
import { useJournal } from '../../data/journal-context';
import { useContacts } from '../../data/use-contacts';
import { useYSnapshot } from '../../data/use-collection';

export function useWeekReview(today: string): WeekReview {
  const { doc } = useJournal();
  const contacts = useContacts();
  const interactions = useYSnapshot(interactionsMap(doc), () => listInteractions(doc));
  const events = useYSnapshot(eventsMap(doc), () => listEvents(doc));
  const goals = useYSnapshot(goalsMap(doc), () => listGoals(doc));
  const budget = useYSnapshot(settingsMap(doc), () => energyBudget(doc));
  return useMemo(
    () => reviewWeek({ contacts, interactions, events, goals, budget }, today),
    [contacts, interactions, events, goals, budget, today],
  );
}
