// The period Insights looks at: the last N ISO weeks (Monday–Sunday) ending with the week that holds today,
// and the N weeks before them, so every chart can say how this period compares with the one before.
import { addDays, weekOf } from '../schema';

export const PERIOD_WEEKS = [4, 12, 26, 52] as const;
export type PeriodWeeks = (typeof PERIOD_WEEKS)[number];

export interface Week {
  start: string;
  end: string;
}

export interface Period {
  weeks: Week[];
  /** First and last day of the period, inclusive. */
  start: string;
  end: string;
  /** The same number of weeks just before. */
  previous: { start: string; end: string };
}

export function periodOf(today: string, count: number): Period {
  const last = weekOf(today, 1);
  const weeks: Week[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const start = addDays(last.start, -7 * i);
    weeks.push({ start, end: addDays(start, 6) });
  }
  const start = weeks[0]?.start ?? last.start;
  return { weeks, start, end: last.end, previous: { start: addDays(start, -7 * count), end: addDays(start, -1) } };
}

export function within(day: string | undefined, range: { start: string; end: string }): boolean {
  return day !== undefined && day !== '' && day >= range.start && day <= range.end;
}

/**
 * Index of the week a day falls in, or -1. Weeks are contiguous, so it is arithmetic; journals repeat the same
 * few hundred days across thousands of interactions, so each day's answer is remembered per period.
 */
export function weekIndex(period: Period, day: string): number {
  let known = indexCache.get(period);
  if (!known) {
    known = new Map();
    indexCache.set(period, known);
  }
  const seen = known.get(day);
  if (seen !== undefined) return seen;
  const index = within(day, period)
    ? Math.floor((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${period.start}T00:00:00Z`)) / 604_800_000)
    : -1;
  known.set(day, index);
  return index;
}

const indexCache = new WeakMap<Period, Map<string, number>>();

/** The change from the previous period, for sentences like "3 more than the 12 before". */
export interface Comparison {
  current: number;
  previous: number;
}
