// Energy per week: the social energy it took (interactions and recorded events, as Today and the weekly
// review count it, shared/schema/energy.ts) against the weekly budget, and the average of how it felt.
import { eventCost, interactionCost, type Interaction, type JournalEvent } from '../schema';
import { periodOf, weekIndex, within, type Comparison, type Week } from './period';

export interface EnergyWeek extends Week {
  spent: number;
  /** Average feeling (1 drained … 5 energised) of the week's interactions that have one. */
  feeling: number | undefined;
  felt: number;
}

export interface EnergyInsight {
  weeks: EnergyWeek[];
  /** Points per week; 0 = the budget is off. */
  budget: number;
  /** Weeks that took more than a budget above 0. */
  weeksOverBudget: number;
  spent: Comparison;
  /** Average feeling over the period and the one before; undefined where nothing was felt. */
  feeling: { current: number | undefined; previous: number | undefined };
  /** Something was spent or felt in the period: there is a chart to draw. */
  hasData: boolean;
}

interface Acc {
  spent: number;
  feelingSum: number;
  felt: number;
}

const average = (a: Acc): number | undefined => (a.felt > 0 ? a.feelingSum / a.felt : undefined);

export function energyInsight(
  interactions: readonly Interaction[],
  events: readonly JournalEvent[],
  budget: number,
  today: string,
  weeks: number,
): EnergyInsight {
  const period = periodOf(today, weeks);
  const acc: Acc[] = period.weeks.map(() => ({ spent: 0, feelingSum: 0, felt: 0 }));
  const before: Acc = { spent: 0, feelingSum: 0, felt: 0 };
  const slot = (day: string): Acc | undefined =>
    acc[weekIndex(period, day)] ?? (within(day, period.previous) ? before : undefined);
  const liveEvents = new Set<string>();
  for (const e of events) if (!e.deletedAt) liveEvents.add(e.id);
  for (const i of interactions) {
    const a = i.deletedAt ? undefined : slot(i.date);
    if (!a) continue;
    a.spent += interactionCost(i, liveEvents);
    if (i.energy !== undefined) {
      a.feelingSum += i.energy;
      a.felt += 1;
    }
  }
  for (const e of events) {
    const a = e.deletedAt || e.recordedAt === undefined ? undefined : slot(e.date);
    if (a) a.spent += eventCost(e);
  }
  const list = period.weeks.map((w, n) => {
    const a = acc[n] as Acc;
    return { ...w, spent: a.spent, feeling: average(a), felt: a.felt };
  });
  const total: Acc = { spent: 0, feelingSum: 0, felt: 0 };
  for (const a of acc) {
    total.spent += a.spent;
    total.feelingSum += a.feelingSum;
    total.felt += a.felt;
  }
  return {
    weeks: list,
    budget,
    weeksOverBudget: budget > 0 ? list.filter((w) => w.spent > budget).length : 0,
    spent: { current: total.spent, previous: before.spent },
    feeling: { current: average(total), previous: average(before) },
    hasData: total.spent > 0 || total.felt > 0,
  };
}
