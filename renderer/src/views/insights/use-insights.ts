// Insights' numbers for the chosen period, kept live: each collection is read once and the aggregations
// (shared/insights) recompute only when one of them, the period, the language or the day changes.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  circlesMap,
  energyBudget,
  eventsMap,
  goalsMap,
  interactionsMap,
  listCircles,
  listEvents,
  listGoals,
  listInteractions,
  settingsMap,
  weeklyChallengeTarget,
} from '@shared/schema';
import { insights, type Insights } from '@shared/insights';
import { useJournal } from '../../data/journal-context';
import { useYSnapshot } from '../../data/use-collection';
import { useLiveContacts } from '../../data/use-live-contacts';

export function useInsights(today: string, weeks: number): Insights {
  const { doc } = useJournal();
  const { i18n } = useTranslation();
  const contacts = useLiveContacts();
  const interactions = useYSnapshot(interactionsMap(doc), () => listInteractions(doc));
  const events = useYSnapshot(eventsMap(doc), () => listEvents(doc));
  const goals = useYSnapshot(goalsMap(doc), () => listGoals(doc));
  const circles = useYSnapshot(circlesMap(doc), () => listCircles(doc));
  const budget = useYSnapshot(settingsMap(doc), () => energyBudget(doc));
  const target = useYSnapshot(settingsMap(doc), () => weeklyChallengeTarget(doc));
  const locale = i18n.language;
  return useMemo(
    () => insights({ contacts, interactions, events, goals, circles, budget, target }, today, weeks, locale),
    [contacts, interactions, events, goals, circles, budget, target, today, weeks, locale],
  );
}
