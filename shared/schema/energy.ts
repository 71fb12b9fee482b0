// Social energy per week: what was spent (recorded interactions and events) and what is planned (events not
// recorded yet) against the user's weekly budget. Interactions at an event count through the event, once.
import { addDays, weekOf, weekday } from './dates';
import type { JournalEvent } from './events';
import { DEFAULT_ENERGY_COST, type Interaction } from './interactions';

export interface WeekEnergy {
  /** First and last day of the week (Monday–Sunday, ISO). */
  start: string;
  end: string;
  spent: number;
  planned: number;
  /** 0 = the budget is off. */
  budget: number;
  /** Planned energy from today through the next six days. */
  comingSevenDays: number;
  /** The week, or the coming seven days, hold more than the budget (never with the budget off). */
  full: boolean;
}

/** The energy an interaction took: the user's figure, else its kind's default; 0 when its event counts. */
export function interactionCost(interaction: Interaction, liveEventIds: ReadonlySet<string>): number {
  if (interaction.eventId !== undefined && liveEventIds.has(interaction.eventId)) return 0;
  return interaction.energyCost ?? DEFAULT_ENERGY_COST[interaction.kind];
}

/** An event's cost: what it took once recorded, else what it will take. */
export function eventCost(event: JournalEvent): number {
  return event.recordedAt !== undefined ? (event.energySpent ?? event.energyPlanned ?? 0) : (event.energyPlanned ?? 0);
}

function inRange(day: string, start: string, end: string): boolean {
  return day !== '' && day >= start && day <= end;
}

export function weekEnergy(
  interactions: readonly Interaction[],
  events: readonly JournalEvent[],
  today: string,
  budget: number,
): WeekEnergy {
  const { start, end } = weekOf(today, 1);
  const live = new Set(events.map((e) => e.id));
  let spent = 0;
  for (const i of interactions) if (inRange(i.date, start, end)) spent += interactionCost(i, live);
  let planned = 0;
  let comingSevenDays = 0;
  const horizon = addDays(today, 6);
  for (const e of events) {
    const recorded = e.recordedAt !== undefined;
    if (inRange(e.date, start, end)) {
      if (recorded) spent += eventCost(e);
      else planned += eventCost(e);
    }
    if (!recorded && inRange(e.date, today, horizon)) comingSevenDays += eventCost(e);
  }
  const full = budget > 0 && (spent + planned > budget || comingSevenDays > budget);
  return { start, end, spent, planned, budget, comingSevenDays, full };
}

/** ISO 8601 week number and its year: 2026-12-31 and 2027-01-01 are both in 2026's week 53. */
export function isoWeek(day: string): { year: number; week: number } {
  const thursday = addDays(day, 3 - ((weekday(day) + 6) % 7));
  const year = Number(thursday.slice(0, 4));
  const jan4 = `${year}-01-04`;
  const firstThursday = addDays(jan4, 3 - ((weekday(jan4) + 6) % 7));
  const week =
    1 + Math.round((Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${firstThursday}T00:00:00Z`)) / 604_800_000);
  return { year, week };
}
