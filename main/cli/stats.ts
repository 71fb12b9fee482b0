// What `rapport stats` reports: how many of each thing the journal holds (trashed items not counted), and
// for the practice, how many events are ahead and recorded, the latest reflection and this week's energy.
import type * as Y from 'yjs';
import {
  counts,
  energyBudget,
  listEvents,
  listInteractions,
  listReflections,
  splitEvents,
  weekEnergy,
  type CollectionName,
} from '@shared/schema';

export type JournalStats = Record<CollectionName, number> & {
  upcomingEvents: number;
  recordedEvents: number;
  /** The day of the newest reflection (YYYY-MM-DD), or null when there is none. */
  latestReflection: string | null;
  energySpentThisWeek: number;
  energyPlannedThisWeek: number;
  energyBudget: number;
};

export function journalStats(doc: Y.Doc, today: string): JournalStats {
  const events = listEvents(doc);
  const week = weekEnergy(listInteractions(doc), events, today, energyBudget(doc));
  return {
    ...counts(doc),
    upcomingEvents: splitEvents(events, today).upcoming.length,
    recordedEvents: events.filter((e) => e.recordedAt !== undefined).length,
    latestReflection: listReflections(doc)[0]?.date || null,
    energySpentThisWeek: week.spent,
    energyPlannedThisWeek: week.planned,
    energyBudget: week.budget,
  };
}

export function statsLines(s: JournalStats): string[] {
  const row = (name: CollectionName, extra = ''): string => `  ${name.padEnd(13)}${s[name]}${extra}`;
  const budget = s.energyBudget > 0 ? ` of ${s.energyBudget}` : '';
  return [
    row('contacts'),
    row('interactions'),
    row('goals'),
    row('events', s.events > 0 ? `  (${s.upcomingEvents} ahead, ${s.recordedEvents} recorded)` : ''),
    row('circles'),
    row('reflections', s.latestReflection ? `  (latest ${s.latestReflection})` : ''),
    row('inbox'),
    `  energy this week: ${s.energySpentThisWeek}${budget} spent, ${s.energyPlannedThisWeek} planned`,
  ];
}
