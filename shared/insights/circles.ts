// Circles: when each circle last met (its latest event up to today) against its meeting rhythm. The rhythm
// is the user's own words; the suggestions the circle page offers, in English and Swedish, are understood.
import { daysBetween, type Circle, type JournalEvent } from '../schema';
import { periodOf, within, type Comparison } from './period';

export type CircleState = 'on-rhythm' | 'due' | 'no-rhythm' | 'never-met';

export interface CircleMeeting {
  id: string;
  name: string;
  /** The day of its latest event up to today. */
  lastMet: string | undefined;
  daysSince: number | undefined;
  /** Days between meetings the rhythm means, when it is one we understand. */
  rhythmDays: number | undefined;
  rhythm: string;
  state: CircleState;
}

export interface CirclesInsight {
  circles: CircleMeeting[];
  /** Circle events held in the period and the one before. */
  meetings: Comparison;
}

/** Checked in order: "every other week" must win over "week", "first Tuesday of the month" is monthly. */
const RHYTHMS: ReadonlyArray<[RegExp, number]> = [
  [/fortnight|every other week|every two weeks|biweekly|varannan vecka|varje annan vecka|var fjortonde/, 14],
  [/week|vecka|veckovis/, 7],
  [/quarter|kvartal/, 91],
  [/month|månad/, 31],
  [/year|annual|år/, 365],
];

export function rhythmDays(rhythm: string): number | undefined {
  const text = rhythm.toLocaleLowerCase();
  return RHYTHMS.find(([pattern]) => pattern.test(text))?.[1];
}

export function circlesInsight(
  circles: readonly Circle[],
  events: readonly JournalEvent[],
  today: string,
  weeks: number,
  locale = 'en',
): CirclesInsight {
  const period = periodOf(today, weeks);
  const last = new Map<string, string>();
  const meetings = { current: 0, previous: 0 };
  for (const e of events) {
    if (e.deletedAt || e.circleId === undefined || e.date === '' || e.date > today) continue;
    if ((last.get(e.circleId) ?? '') < e.date) last.set(e.circleId, e.date);
    if (within(e.date, period)) meetings.current += 1;
    else if (within(e.date, period.previous)) meetings.previous += 1;
  }
  const list = circles
    .filter((c) => !c.deletedAt)
    .map((c): CircleMeeting => {
      const lastMet = last.get(c.id);
      const days = rhythmDays(c.rhythm);
      const daysSince = lastMet === undefined ? undefined : daysBetween(lastMet, today);
      const state: CircleState =
        days === undefined
          ? 'no-rhythm'
          : daysSince === undefined
            ? 'never-met'
            : daysSince > days
              ? 'due'
              : 'on-rhythm';
      return { id: c.id, name: c.name, lastMet, daysSince, rhythmDays: days, rhythm: c.rhythm, state };
    })
    .sort((a, b) => a.name.localeCompare(b.name, locale) || a.id.localeCompare(b.id));
  return { circles: list, meetings };
}
