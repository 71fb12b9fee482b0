// The practice's synced settings: the weekly social-energy budget, the day of the weekly review, the
// day the last review was finished (so Today stops suggesting it until the next review day), and whether the
// first-steps guide was put away.
import type * as Y from 'yjs';
import { settingsMap } from './journal-doc';
import { num, optDay } from './fields';
import { addDays, isDay, weekday } from './dates';

export const DEFAULT_ENERGY_BUDGET = 12;
export const MAX_ENERGY_BUDGET = 60;
/** 5 = Friday (0 = Sunday … 6 = Saturday, like Date#getDay). */
export const DEFAULT_REVIEW_DAY = 5;

export function energyBudget(doc: Y.Doc): number {
  const n = num(settingsMap(doc).get('weeklyEnergyBudget'), DEFAULT_ENERGY_BUDGET);
  return Number.isInteger(n) && n >= 0 && n <= MAX_ENERGY_BUDGET ? n : DEFAULT_ENERGY_BUDGET;
}

/** Points per week; 0 turns the budget off. */
export function setEnergyBudget(doc: Y.Doc, points: number): void {
  if (!Number.isInteger(points) || points < 0 || points > MAX_ENERGY_BUDGET)
    throw new RangeError(`The weekly energy budget is a whole number from 0 to ${MAX_ENERGY_BUDGET}`);
  settingsMap(doc).set('weeklyEnergyBudget', points);
}

export function reviewDay(doc: Y.Doc): number {
  const n = num(settingsMap(doc).get('reviewDay'), DEFAULT_REVIEW_DAY);
  return Number.isInteger(n) && n >= 0 && n <= 6 ? n : DEFAULT_REVIEW_DAY;
}

export function setReviewDay(doc: Y.Doc, day: number): void {
  if (!Number.isInteger(day) || day < 0 || day > 6) throw new RangeError('The review day is 0 (Sunday) to 6');
  settingsMap(doc).set('reviewDay', day);
}

export function lastReviewOn(doc: Y.Doc): string | undefined {
  return optDay(settingsMap(doc).get('lastReviewOn'));
}

/** Records that the weekly review was finished on `day`. */
export function recordReview(doc: Y.Doc, day: string): void {
  if (!isDay(day)) throw new RangeError(`Review day is not YYYY-MM-DD: ${day}`);
  settingsMap(doc).set('lastReviewOn', day);
}

/** The most recent review day on or before `today`. */
export function latestReviewDay(today: string, day: number): string {
  return addDays(today, -((weekday(today) - day + 7) % 7));
}

/**
 * Whether Today should suggest the review: from the review day on, until a review is finished on or after
 * that day. `today` itself being the review day makes it the highlighted suggestion.
 */
export function reviewSuggested(last: string | undefined, today: string, day: number): boolean {
  const due = latestReviewDay(today, day);
  return last === undefined || last < due;
}

/** The first-steps guide was put away ("Hide these steps"): Today no longer shows it beside the day's items. */
export function firstStepsHidden(doc: Y.Doc): boolean {
  return settingsMap(doc).get('firstStepsHidden') === true;
}

export function setFirstStepsHidden(doc: Y.Doc, hidden: boolean): void {
  if (hidden) settingsMap(doc).set('firstStepsHidden', true);
  else settingsMap(doc).delete('firstStepsHidden');
}
