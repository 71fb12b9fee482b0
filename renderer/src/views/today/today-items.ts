// What Today shows and in which order, from plain values and a fixed `today`, so the rules are tested without
// a clock or a browser. One pass over the contacts (next steps and keep-in-touch together): instant at 10,000.
import {
  addDays,
  cadenceState,
  daysBetween,
  preparation,
  reviewSuggested,
  weekday,
  weekEnergy,
  type CadenceState,
  type Contact,
  type Interaction,
  type JournalEvent,
  type Preparation,
  type WeekEnergy,
} from '@shared/schema';
import { promptOfTheDay, type Prompt } from '@shared/practice/prompts';

/** How far ahead "upcoming events" looks: today and the next 13 days. */
export const EVENT_DAYS = 14;

export interface TodayInput {
  today: string;
  /** Live contacts, in any order. */
  contacts: readonly Contact[];
  /** Contact id → the day of their latest live interaction (lastInteractionDates / the People list's store). */
  lastInteractions: ReadonlyMap<string, string>;
  /** Live events. */
  events: readonly JournalEvent[];
  /** Live interactions of at least this week (older ones are ignored by the energy sum). */
  interactions: readonly Interaction[];
  inboxCount: number;
  energyBudget: number;
  reviewDay: number;
  lastReviewOn: string | undefined;
}

export interface DueStep {
  contact: Contact;
  text: string;
  due: string;
  /** 0 when due today, 3 when it was due three days ago. */
  daysLate: number;
}

export interface QuietContact {
  contact: Contact;
  cadence: CadenceState & { state: 'due' | 'overdue' };
}

export interface UpcomingEvent {
  event: JournalEvent;
  preparation: Preparation;
  /** 0 today, 1 tomorrow … */
  daysAway: number;
}

export interface TodayItems {
  nextSteps: DueStep[];
  losingTouch: QuietContact[];
  events: UpcomingEvent[];
  /** Undefined when the budget is off (0). */
  energy: WeekEnergy | undefined;
  inboxCount: number;
  prompt: Prompt;
  review: { suggested: boolean; highlighted: boolean };
}

// One collator for every comparison: String#localeCompare builds one per call, which a sort of thousands feels.
const names = new Intl.Collator(undefined, { sensitivity: 'base' });

function byName(a: Contact, b: Contact): number {
  return names.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Next steps due today or earlier, most overdue first. People whose keep-in-touch time has come, overdue
 * before due and longest-waiting first; snoozed, paused and dormant ones are left out (cadenceState), and so is
 * anyone already listed for a next step — one reason to write is enough. Events of the coming two weeks,
 * soonest first, with their preparation. The review is highlighted while it is suggested; a journal that has
 * never had a review is only nudged on the review day itself, not every day until the first one.
 */
export function todayItems(input: TodayInput): TodayItems {
  const { today } = input;
  const nextSteps: DueStep[] = [];
  const losingTouch: QuietContact[] = [];
  for (const contact of input.contacts) {
    const step = contact.nextStep;
    if (step?.due !== undefined && step.due <= today) {
      nextSteps.push({ contact, text: step.text, due: step.due, daysLate: daysBetween(step.due, today) });
      continue;
    }
    if (!contact.cadence) continue;
    const cadence = cadenceState(contact, input.lastInteractions.get(contact.id), today);
    if (cadence.state === 'due' || cadence.state === 'overdue')
      losingTouch.push({ contact, cadence: { ...cadence, state: cadence.state } });
  }
  nextSteps.sort((a, b) => compare(a.due, b.due) || byName(a.contact, b.contact));
  losingTouch.sort(
    (a, b) =>
      rank(a.cadence.state) - rank(b.cadence.state) ||
      compare(a.cadence.dueOn ?? '', b.cadence.dueOn ?? '') ||
      byName(a.contact, b.contact),
  );

  const horizon = addDays(today, EVENT_DAYS - 1);
  const events = input.events
    .filter((e) => e.date !== '' && e.date >= today && e.date <= horizon && e.recordedAt === undefined)
    .sort((a, b) => compare(a.date, b.date) || compare(a.time ?? '', b.time ?? '') || a.title.localeCompare(b.title))
    .map((event) => ({ event, preparation: preparation(event), daysAway: daysBetween(today, event.date) }));

  const yesterday = addDays(today, -1);
  const isReviewDay = weekday(today) === input.reviewDay;
  const prompt = promptOfTheDay(today, {
    eventYesterday: input.events.some((e) => e.date === yesterday),
    reviewDay: isReviewDay,
  });
  const suggested = reviewSuggested(input.lastReviewOn, today, input.reviewDay);
  const highlighted = suggested && (input.lastReviewOn !== undefined || isReviewDay);

  return {
    nextSteps,
    losingTouch,
    events,
    energy:
      input.energyBudget > 0 ? weekEnergy(input.interactions, input.events, today, input.energyBudget) : undefined,
    inboxCount: input.inboxCount,
    prompt,
    review: { suggested, highlighted },
  };
}

/** Plain code-unit order, for ISO days and times. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function rank(state: 'due' | 'overdue'): number {
  return state === 'overdue' ? 0 : 1;
}
