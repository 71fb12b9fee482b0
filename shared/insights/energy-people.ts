// Who gives you energy: people with at least three interactions in the period, by the average of how those
// interactions felt — the introvert's own map of whom to see more often. One pass over the interactions.
import type { Contact, Interaction } from '../schema';
import { periodOf, within, type Comparison } from './period';

export const MIN_INTERACTIONS = 3;
/** An average of 4 or more (of 5) counts as giving energy. */
export const ENERGISING = 4;
/** The chart shows the people who give the most; the table lists them all. */
export const CHART_PEOPLE = 10;

export interface EnergyPerson {
  id: string;
  name: string;
  interactions: number;
  /** Average feeling, 1 drained … 5 energised. */
  feeling: number;
}

export interface EnergyPeopleInsight {
  /** Highest average first, then most interactions, then by name. */
  people: EnergyPerson[];
  /** People whose average is ENERGISING or more, this period and the one before. */
  energising: Comparison;
}

interface Acc {
  count: number;
  sum: number;
  felt: number;
}

function tally(target: Map<string, Acc>, i: Interaction): void {
  for (const id of i.contactIds) {
    const a = target.get(id) ?? { count: 0, sum: 0, felt: 0 };
    a.count += 1;
    if (i.energy !== undefined) {
      a.sum += i.energy;
      a.felt += 1;
    }
    target.set(id, a);
  }
}

const qualifies = (a: Acc): boolean => a.count >= MIN_INTERACTIONS && a.felt > 0;

export function energyPeopleInsight(
  contacts: readonly Contact[],
  interactions: readonly Interaction[],
  today: string,
  weeks: number,
  locale = 'en',
): EnergyPeopleInsight {
  const period = periodOf(today, weeks);
  const now = new Map<string, Acc>();
  const before = new Map<string, Acc>();
  for (const i of interactions) {
    if (i.deletedAt) continue;
    if (within(i.date, period)) tally(now, i);
    else if (within(i.date, period.previous)) tally(before, i);
  }
  const live = new Map<string, Contact>();
  for (const c of contacts) if (!c.deletedAt) live.set(c.id, c);
  const people: EnergyPerson[] = [];
  for (const [id, a] of now) {
    const contact = live.get(id);
    if (contact && qualifies(a))
      people.push({ id, name: contact.name, interactions: a.count, feeling: a.sum / a.felt });
  }
  people.sort(
    (x, y) => y.feeling - x.feeling || y.interactions - x.interactions || x.name.localeCompare(y.name, locale),
  );
  let previous = 0;
  for (const [id, a] of before) if (live.has(id) && qualifies(a) && a.sum / a.felt >= ENERGISING) previous += 1;
  return { people, energising: { current: people.filter((p) => p.feeling >= ENERGISING).length, previous } };
}
