// How far a goal has come: plan steps done, and where the people who serve it stand in the pipeline.
// Pure, over already-read values, so Today and the weekly review can compute it for many goals cheaply.
import { STAGES, type Contact, type Stage } from './contacts';
import type { Goal } from './goals';

export interface GoalProgress {
  stepsDone: number;
  stepsTotal: number;
  contactsByStage: Record<Stage, number>;
}

/**
 * Steps done and where the goal's live contacts stand in the pipeline. A contact counts when either side
 * names the link, so a link half-written by an older replica still shows.
 */
export function goalProgress(goal: Goal, contacts: readonly Contact[]): GoalProgress {
  const contactsByStage = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const linked = new Set(goal.contactIds);
  for (const c of contacts) {
    if (!c.deletedAt && (linked.has(c.id) || c.goalIds.includes(goal.id))) contactsByStage[c.stage] += 1;
  }
  return { stepsDone: goal.steps.filter((s) => s.done).length, stepsTotal: goal.steps.length, contactsByStage };
}
