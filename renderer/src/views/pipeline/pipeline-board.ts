// The board's shape: one column per stage in pipeline order, people sorted by name in each, the quiet
// stages (paused, dormant by choice) last. Pure, so grouping and "the stage to the left/right" are tested.
import { STAGES, type Contact, type Stage } from '@shared/schema';

/** Left to right on the board; Alt+←/→ moves a card one column along this order. */
export const BOARD_STAGES: readonly Stage[] = STAGES;

/** Columns that hold people on purpose without reminders: drawn quieter. */
export const QUIET_STAGES: ReadonlySet<Stage> = new Set<Stage>(['paused', 'dormant']);

export type Columns = Record<Stage, Contact[]>;

export function groupByStage(contacts: readonly Contact[], locale: string): Columns {
  const columns = group(contacts);
  const byName = nameOrder(locale);
  for (const stage of BOARD_STAGES) columns[stage].sort(byName);
  return columns;
}

/** The stage one column to the left (-1) or right (+1), or undefined at the board's edge. */
export function neighbourStage(stage: Stage, direction: -1 | 1): Stage | undefined {
  return BOARD_STAGES[BOARD_STAGES.indexOf(stage) + direction];
}

/** The nearest column in that direction that has anyone in it, for moving focus across empty columns. */
export function nearestFilledStage(columns: Columns, from: Stage, direction: -1 | 1): Stage | undefined {
  for (let stage = neighbourStage(from, direction); stage; stage = neighbourStage(stage, direction)) {
    if (columns[stage].length > 0) return stage;
  }
  return undefined;
}

/**
 * `members` in the order of `before` (already sorted by `compare`), without sorting them all again: people who
 * stayed keep their places, the few who arrived are inserted by binary search. Returns `before` itself when
 * nobody came or went, so that column's memoised view does not re-render. Many arrivals: a plain sort.
 */
export function updateSorted<T>(before: readonly T[], members: readonly T[], compare: (a: T, b: T) => number): T[] {
  const stay = new Set(members);
  const kept = before.filter((item) => stay.has(item));
  if (kept.length === before.length && kept.length === members.length) return before as T[];
  const had = new Set(before);
  const arrived = members.filter((item) => !had.has(item));
  if (arrived.length > 32) return [...members].sort(compare);
  for (const item of arrived) {
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compare(kept[mid] as T, item) <= 0) low = mid + 1;
      else high = mid;
    }
    kept.splice(low, 0, item);
  }
  return kept;
}

function group(contacts: readonly Contact[]): Columns {
  const columns = Object.fromEntries(BOARD_STAGES.map((stage) => [stage, [] as Contact[]])) as Columns;
  for (const contact of contacts) columns[contact.stage].push(contact);
  return columns;
}

function nameOrder(locale: string): (a: Contact, b: Contact) => number {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return (a, b) =>
    collator.compare(a.name, b.name) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/**
 * groupByStage for a live board: remembers its last columns, so a move re-sorts nothing (updateSorted) and the
 * columns nobody moved in or out of keep their arrays.
 */
export function columnGrouper(): (contacts: readonly Contact[], locale: string) => Columns {
  let previous: { columns: Columns; locale: string } | undefined;
  return (contacts, locale) => {
    if (!previous || previous.locale !== locale) {
      previous = { columns: groupByStage(contacts, locale), locale };
      return previous.columns;
    }
    const compare = nameOrder(locale);
    const members = group(contacts);
    const before = previous.columns;
    const columns = Object.fromEntries(
      BOARD_STAGES.map((stage) => [stage, updateSorted(before[stage], members[stage], compare)]),
    ) as Columns;
    previous = { columns, locale };
    return columns;
  };
}
