// Pipeline flow: how many people moved between stages per month, and the funnel identified → in touch →
// relationship. The journal keeps two dated moves per person — the day they first left 'identified'
// (reachedOutOn) and the day of their latest stage change (stageChangedOn) — not a full history, so a month
// counts those moves; a person who moved twice between them shows only their latest move.
import type { Contact, Stage } from '../schema';
import { periodOf, within, type Comparison } from './period';

export interface FlowMonth {
  /** YYYY-MM. */
  month: string;
  moves: number;
}

export interface PipelineFlowInsight {
  months: FlowMonth[];
  moves: Comparison;
  funnel: {
    /** Every live person: everyone enters the pipeline as identified. */
    identified: number;
    /** In touch or relationship now. */
    inTouch: number;
    relationship: number;
  };
}

const IN_TOUCH: readonly Stage[] = ['in-touch', 'relationship'];

/** The months from the period's first day to its last, in order. */
function monthsBetween(start: string, end: string): string[] {
  const months: string[] = [];
  let y = Number(start.slice(0, 4));
  let m = Number(start.slice(5, 7));
  const last = end.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y += 1;
  }
}

export function pipelineFlowInsight(contacts: readonly Contact[], today: string, weeks: number): PipelineFlowInsight {
  const period = periodOf(today, weeks);
  // Months up to today's: the rest of this week may reach into a month that has not begun.
  const keys = monthsBetween(period.start, today);
  const byMonth = new Map(keys.map((k) => [k, 0]));
  let current = 0;
  let previous = 0;
  const funnel = { identified: 0, inTouch: 0, relationship: 0 };
  for (const c of contacts) {
    if (c.deletedAt) continue;
    funnel.identified += 1;
    if (IN_TOUCH.includes(c.stage)) funnel.inTouch += 1;
    if (c.stage === 'relationship') funnel.relationship += 1;
    const days = new Set([c.reachedOutOn, c.stageChangedOn]);
    for (const day of days) {
      if (day === undefined) continue;
      if (within(day, period)) {
        current += 1;
        const month = day.slice(0, 7);
        byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
      } else if (within(day, period.previous)) previous += 1;
    }
  }
  return {
    months: keys.map((month) => ({ month, moves: byMonth.get(month) ?? 0 })),
    moves: { current, previous },
    funnel,
  };
}
