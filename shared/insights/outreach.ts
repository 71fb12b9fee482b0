// Outreach per week: new people reached out to, against the weekly challenge's target. A person counts in
// the week of their first reach-out — Today's challenge rule (shared/schema/outreach.ts): the earlier of their
// first message and the day their stage first left 'identified'. A later message never counts again.
import type { Contact, Interaction } from '../schema';
import { periodOf, weekIndex, within, type Comparison, type Week } from './period';

export interface OutreachWeek extends Week {
  reachedOut: number;
}

export interface OutreachInsight {
  weeks: OutreachWeek[];
  /** The weekly challenge's target (0 = no challenge). */
  target: number;
  /** Weeks in the period that met a target above 0. */
  weeksOnTarget: number;
  total: Comparison;
}

/** Each live contact's first reach-out day, in one pass over the interactions. */
export function firstReachOuts(
  contacts: readonly Contact[],
  interactions: readonly Interaction[],
): Map<string, string> {
  const first = new Map<string, string>();
  for (const i of interactions) {
    if (i.kind !== 'message' || i.date === '' || i.deletedAt) continue;
    for (const id of i.contactIds) {
      const seen = first.get(id);
      if (seen === undefined || i.date < seen) first.set(id, i.date);
    }
  }
  const live = new Map<string, string>();
  for (const c of contacts) {
    if (c.deletedAt) continue;
    const message = first.get(c.id);
    const day =
      c.reachedOutOn !== undefined && (message === undefined || c.reachedOutOn < message) ? c.reachedOutOn : message;
    if (day !== undefined) live.set(c.id, day);
  }
  return live;
}

export function outreachInsight(
  firstDays: ReadonlyMap<string, string>,
  target: number,
  today: string,
  weeks: number,
): OutreachInsight {
  const period = periodOf(today, weeks);
  const counts = period.weeks.map((w) => ({ ...w, reachedOut: 0 }));
  let previous = 0;
  for (const day of firstDays.values()) {
    const index = weekIndex(period, day);
    const week = counts[index];
    if (week) week.reachedOut += 1;
    else if (within(day, period.previous)) previous += 1;
  }
  const current = counts.reduce((sum, w) => sum + w.reachedOut, 0);
  const weeksOnTarget = target > 0 ? counts.filter((w) => w.reachedOut >= target).length : 0;
  return { weeks: counts, target, weeksOnTarget, total: { current, previous } };
}
