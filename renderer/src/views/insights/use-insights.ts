// Insights' numbers for the chosen period, kept live. The inputs come from per-journal reads that survive
// leaving the screen (insights-source.ts), and the last result is remembered with its inputs, so returning to
// an unchanged journal only draws.
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { energyBudget, settingsMap, weeklyChallengeTarget } from '@shared/schema';
import { insights, type Insights, type InsightsData } from '@shared/insights';
import { useJournal } from '../../data/journal-context';
import { useYSnapshot } from '../../data/use-collection';
import { useLiveContacts } from '../../data/use-live-contacts';
import { insightsSource, type LiveRead } from './insights-source';

let last: { inputs: readonly unknown[]; value: Insights } | undefined;

/** The numbers for these inputs; the same object again while none of them changed (compared by identity). */
function remembered(data: InsightsData, today: string, weeks: number, locale: string): Insights {
  const inputs = [...Object.values(data), today, weeks, locale];
  if (!last || last.inputs.length !== inputs.length || last.inputs.some((input, i) => input !== inputs[i]))
    last = { inputs, value: insights(data, today, weeks, locale) };
  return last.value;
}

function useLive<T>(store: LiveRead<T>): T {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

export function useInsights(today: string, weeks: number): Insights {
  const { doc } = useJournal();
  const { i18n } = useTranslation();
  const source = insightsSource(doc);
  const contacts = useLiveContacts();
  const interactions = useLive(source.interactions);
  const events = useLive(source.events);
  const goals = useLive(source.goals);
  const circles = useLive(source.circles);
  const budget = useYSnapshot(settingsMap(doc), () => energyBudget(doc));
  const target = useYSnapshot(settingsMap(doc), () => weeklyChallengeTarget(doc));
  return remembered({ contacts, interactions, events, goals, circles, budget, target }, today, weeks, i18n.language);
}
