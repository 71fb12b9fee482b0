// Goals and the people for them: each active goal's linked people by stage. A goal with nobody beyond
// identified is marked, so Insights can kindly suggest picking someone. One pass over the contacts.
import { STAGES, type Contact, type Goal, type Stage } from '../schema';
import { periodOf, within, type Comparison } from './period';

const REACHED: readonly Stage[] = ['reached-out', 'in-touch', 'relationship'];

export interface GoalPeople {
  id: string;
  title: string;
  byStage: Record<Stage, number>;
  people: number;
  /** Nobody linked has been reached out to yet (or nobody is linked at all). */
  needsPerson: boolean;
}

export interface GoalPeopleInsight {
  goals: GoalPeople[];
  /** People linked to an active goal first reached out to in the period and the one before. */
  reachedOut: Comparison;
}

/** `firstDays` is outreach.ts's firstReachOuts; goals keep the order they are given (the goals list's). */
export function goalPeopleInsight(
  goals: readonly Goal[],
  contacts: readonly Contact[],
  firstDays: ReadonlyMap<string, string>,
  today: string,
  weeks: number,
): GoalPeopleInsight {
  const active = goals.filter((g) => g.status === 'active' && !g.deletedAt);
  // Either side naming the link counts, as in goalProgress.
  const linked = new Map(active.map((g) => [g.id, new Set(g.contactIds)]));
  for (const c of contacts) if (!c.deletedAt) for (const id of c.goalIds) linked.get(id)?.add(c.id);
  const stageOf = new Map<string, Stage>();
  for (const c of contacts) if (!c.deletedAt) stageOf.set(c.id, c.stage);
  const period = periodOf(today, weeks);
  const counted = new Set<string>();
  const reachedOut = { current: 0, previous: 0 };
  const list = active.map((goal) => {
    const byStage = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
    let people = 0;
    for (const id of linked.get(goal.id) ?? []) {
      const stage = stageOf.get(id);
      if (stage === undefined) continue;
      byStage[stage] += 1;
      people += 1;
      if (counted.has(id)) continue;
      counted.add(id);
      const day = firstDays.get(id);
      if (within(day, period)) reachedOut.current += 1;
      else if (within(day, period.previous)) reachedOut.previous += 1;
    }
    return { id: goal.id, title: goal.title, byStage, people, needsPerson: REACHED.every((s) => byStage[s] === 0) };
  });
  return { goals: list, reachedOut };
}
