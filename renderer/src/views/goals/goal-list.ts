// Pure view logic for goals: which goals lead the list, how progress reads, and where a moved plan step lands.
import { STAGES, isDay, type Goal, type GoalProgress, type Stage } from '@shared/schema';

/** Active goals lead; achieved and dropped ones follow, quieter (listGoals already sorts them so). */
export function splitGoals(goals: readonly Goal[]): { active: Goal[]; settled: Goal[] } {
  return { active: goals.filter((g) => g.status === 'active'), settled: goals.filter((g) => g.status !== 'active') };
}

/** Linked people per stage, pipeline order, stages with nobody left out. */
export function stageCounts(progress: GoalProgress): { stage: Stage; count: number }[] {
  return STAGES.map((stage) => ({ stage, count: progress.contactsByStage[stage] })).filter((s) => s.count > 0);
}

export function peopleCount(progress: GoalProgress): number {
  return STAGES.reduce((sum, stage) => sum + progress.contactsByStage[stage], 0);
}

/** A horizon typed as a date reads as a date in the UI language; "by spring" stays as written. */
export function horizonText(horizon: string | undefined, locale: string): string {
  if (!horizon) return '';
  if (!isDay(horizon)) return horizon;
  const [y, m, d] = horizon.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(y ?? 0, (m ?? 1) - 1, d ?? 1));
}

/**
 * Where a step dragged from `from` ends up when dropped on the row at `over`, before or after it, as the
 * index in the list after the move (moveStep's toIndex).
 */
export function dropIndex(from: number, over: number, after: boolean): number {
  const slot = over + (after ? 1 : 0);
  return from < slot ? slot - 1 : slot;
}

/** The index one step up or down, or undefined at the edge (nothing to do). */
export function neighbourIndex(from: number, direction: 'up' | 'down', length: number): number | undefined {
  const to = direction === 'up' ? from - 1 : from + 1;
  return to < 0 || to >= length ? undefined : to;
}
