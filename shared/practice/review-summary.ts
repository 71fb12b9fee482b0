// The weekly review's figures, pure and clock-free (today is passed in): the week in numbers, who went
// quiet, how each active goal stands, and what next week holds. The review screen and its tests share it.
import {
  addDays,
  cadenceState,
  goalProgress,
  weekEnergy,
  weekOf,
  type Contact,
  type Goal,
  type GoalProgress,
  type Interaction,
  type JournalEvent,
  type Stage,
  type WeekEnergy,
} from '../schema';

/** Live entities, as the schema's list functions return them. */
export interface ReviewData {
  contacts: readonly Contact[];
  interactions: readonly Interaction[];
  events: readonly JournalEvent[];
  goals: readonly Goal[];
  /** The weekly energy budget; 0 = off. */
  budget: number;
}

export interface QuietPerson {
  contact: Contact;
  lastInteraction: string | undefined;
  daysSince: number;
}

export interface GoalReview {
  goal: Goal;
  progress: GoalProgress;
  /** Nobody serving the goal has been reached out to yet: the review suggests picking one person. */
  needsPerson: boolean;
}

export interface WeekReview {
  today: string;
  /** Monday–Sunday containing `today`. */
  week: { start: string; end: string };
  interactions: number;
  /** Different people in those interactions. */
  peopleInTouch: number;
  /** First reached out this week (the weekly challenge's rule: a stage move or a first message). */
  reachedOut: Contact[];
  /** Their stage changed this week. */
  moved: Contact[];
  /** Events this week up to and including today. */
  eventsHeld: JournalEvent[];
  energy: WeekEnergy;
  /** Keep-in-touch overdue, longest silence first. */
  quiet: QuietPerson[];
  /** Every active goal, in the goals list's order. */
  goals: GoalReview[];
  /** Events after today but still this week. */
  laterThisWeek: JournalEvent[];
  /** The week after: its events and planned energy against the budget. */
  nextWeek: { start: string; end: string; events: JournalEvent[]; energy: WeekEnergy };
}

const REACHED: readonly Stage[] = ['reached-out', 'in-touch', 'relationship'];

function inWeek(day: string | undefined, week: { start: string; end: string }): boolean {
  return day !== undefined && day !== '' && day >= week.start && day <= week.end;
}

function byName(a: Contact, b: Contact): number {
  return a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

/** Each contact's last interaction day and first message day, in one pass. */
function contactDays(interactions: readonly Interaction[]): {
  last: Map<string, string>;
  firstMessage: Map<string, string>;
} {
  const last = new Map<string, string>();
  const firstMessage = new Map<string, string>();
  for (const i of interactions) {
    if (i.date === '') continue;
    for (const id of i.contactIds) {
      if ((last.get(id) ?? '') < i.date) last.set(id, i.date);
      const first = firstMessage.get(id);
      if (i.kind === 'message' && (first === undefined || i.date < first)) firstMessage.set(id, i.date);
    }
  }
  return { last, firstMessage };
}

export function reviewWeek(data: ReviewData, today: string): WeekReview {
  const week = weekOf(today, 1);
  const live = data.contacts.filter((c) => !c.deletedAt);
  const { last, firstMessage } = contactDays(data.interactions);

  const thisWeek = data.interactions.filter((i) => inWeek(i.date, week));
  const peopleInTouch = new Set(thisWeek.flatMap((i) => i.contactIds)).size;
  const reachedOut = live
    .filter((c) => {
      const days = [c.reachedOutOn, firstMessage.get(c.id)].filter((d): d is string => d !== undefined);
      return days.length > 0 && inWeek(days.sort()[0], week);
    })
    .sort(byName);
  // An older replica stamps only reachedOutOn; that is a move too.
  const moved = live.filter((c) => inWeek(c.stageChangedOn, week) || inWeek(c.reachedOutOn, week)).sort(byName);

  const quiet: QuietPerson[] = [];
  for (const contact of live) {
    const state = cadenceState(contact, last.get(contact.id), today);
    if (state.state === 'overdue')
      quiet.push({ contact, lastInteraction: last.get(contact.id), daysSince: state.daysSince ?? 0 });
  }
  quiet.sort((a, b) => b.daysSince - a.daysSince || byName(a.contact, b.contact));

  const goals = data.goals
    .filter((g) => g.status === 'active' && !g.deletedAt)
    .map((goal) => {
      const progress = goalProgress(goal, live);
      return { goal, progress, needsPerson: REACHED.every((s) => progress.contactsByStage[s] === 0) };
    });

  const next = weekOf(addDays(week.start, 7), 1);
  return {
    today,
    week,
    interactions: thisWeek.length,
    peopleInTouch,
    reachedOut,
    moved,
    eventsHeld: data.events.filter((e) => inWeek(e.date, { start: week.start, end: today })),
    energy: weekEnergy(data.interactions, data.events, today, data.budget),
    quiet,
    goals,
    laterThisWeek: data.events.filter((e) => e.date > today && e.date <= week.end),
    nextWeek: {
      ...next,
      events: data.events.filter((e) => inWeek(e.date, next)),
      energy: weekEnergy(data.interactions, data.events, next.start, data.budget),
    },
  };
}

/** What the weekly reflection is linked to: the people, events and goals the review named. */
export function reviewLinks(review: WeekReview): { contactIds: string[]; eventIds: string[]; goalIds: string[] } {
  const people = [...review.reachedOut, ...review.moved, ...review.quiet.map((q) => q.contact)];
  const events = [...review.eventsHeld, ...review.laterThisWeek, ...review.nextWeek.events];
  return {
    contactIds: [...new Set(people.map((c) => c.id))],
    eventIds: [...new Set(events.map((e) => e.id))],
    goalIds: review.goals.map((g) => g.goal.id),
  };
}
