// The prompt library, built on introvert strengths. It lives in code, not in the document, so prompts can
// improve between versions; a reflection keeps the id and the text as it was shown (reflections.ts).
// The prompts themselves are in prompts/<group>.ts; this file is the API.
import { AFTER_CONVERSATION } from './prompts/after-conversation';
import { AFTER_EVENT } from './prompts/after-event';
import { GOALS } from './prompts/goals';
import { STRENGTH_PROMPTS } from './prompts/strengths';
import { WEEKLY } from './prompts/weekly';

export const PROMPT_GROUPS = ['after-event', 'after-conversation', 'weekly', 'strengths', 'goals'] as const;
export type PromptGroup = (typeof PROMPT_GROUPS)[number];

/** The strengths the 'strengths' group is built on, one or more prompts each. */
export const STRENGTHS = [
  'listening',
  'preparation',
  'depth',
  'writing',
  'one-to-one',
  'observation',
  'calm',
  'authenticity',
] as const;
export type Strength = (typeof STRENGTHS)[number];

export interface Prompt {
  /** Stable forever: stored with every reflection written from it. */
  id: string;
  group: PromptGroup;
  /** The strength a 'strengths' prompt is about. */
  strength?: Strength;
  text: { en: string; sv: string };
}

/** A prompt as written in its group's file (the group is added here). */
export type PromptEntry = Omit<Prompt, 'group'>;

const BY_GROUP: Record<PromptGroup, readonly Prompt[]> = {
  'after-event': AFTER_EVENT.map((p) => ({ ...p, group: 'after-event' })),
  'after-conversation': AFTER_CONVERSATION.map((p) => ({ ...p, group: 'after-conversation' })),
  weekly: WEEKLY.map((p) => ({ ...p, group: 'weekly' })),
  strengths: STRENGTH_PROMPTS.map((p) => ({ ...p, group: 'strengths' })),
  goals: GOALS.map((p) => ({ ...p, group: 'goals' })),
};

export const PROMPTS: readonly Prompt[] = PROMPT_GROUPS.flatMap((group) => BY_GROUP[group]);

const BY_ID = new Map(PROMPTS.map((p) => [p.id, p]));

export function findPrompt(id: string): Prompt | undefined {
  return BY_ID.get(id);
}

/** The prompts of one group, in the library's order. */
export function promptsIn(group: PromptGroup): readonly Prompt[] {
  return BY_GROUP[group];
}

export interface PromptDayContext {
  /** An event happened the day before `today`. */
  eventYesterday: boolean;
  /** `today` is the weekly review day. */
  reviewDay: boolean;
}

/** The prompt of the day never comes back sooner than this many days later. */
export const NO_REPEAT_DAYS = 14;

/**
 * The groups a day may prefer, whatever the days around it preferred: each needs more than NO_REPEAT_DAYS
 * prompts, so that taking prompt (day mod size) never repeats within the window.
 */
export const FITTING_GROUPS: readonly PromptGroup[] = ['after-event', 'weekly'];

/**
 * Every other day follows this rotation (strengths twice: they are the heart of the practice). A group in
 * it but not in FITTING_GROUPS is only ever shown on its own slots and walks through its prompts one slot
 * at a time, so it needs at least as many prompts as it has slots in any NO_REPEAT_DAYS + 1 days.
 */
export const ROTATION: readonly PromptGroup[] = [
  'strengths',
  'after-conversation',
  'goals',
  'strengths',
  'after-event',
  'weekly',
];

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a calendar day, whatever the time zone. */
function dayNumber(day: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`Not a day (YYYY-MM-DD): ${day}`);
  return Math.round(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY);
}

function mod(n: number, m: number): number {
  return ((n % m) + m) % m;
}

function pick(group: PromptGroup, index: number): Prompt {
  const list = BY_GROUP[group];
  const prompt = list[mod(index, list.length)];
  if (!prompt) throw new Error(`The prompt group ${group} is empty`);
  return prompt;
}

/** The candidate of a fitting group on day n: every day has its own, the same on every device. */
function fitting(group: PromptGroup, n: number): Prompt {
  return pick(group, n);
}

/**
 * The prompt of the day: deterministic by date (same day, same prompt on every device), never repeated
 * within NO_REPEAT_DAYS, preferring a group that fits: after-event prompts the day after an event (the
 * fresher memory, so it wins over the review day), the weekly group on the review day; otherwise the
 * rotation. Pure and O(1): Today calls it on every render.
 */
export function promptOfTheDay(today: string, context: PromptDayContext): Prompt {
  const n = dayNumber(today);
  if (context.eventYesterday) return fitting('after-event', n);
  if (context.reviewDay) return fitting('weekly', n);
  const slot = mod(n, ROTATION.length);
  const group = ROTATION[slot] ?? 'strengths';
  if (FITTING_GROUPS.includes(group)) return fitting(group, n);
  // The group's own slots, counted from the epoch: consecutive showings take consecutive prompts.
  const slots = ROTATION.filter((g) => g === group).length;
  const rank = ROTATION.slice(0, slot).filter((g) => g === group).length;
  const cycle = Math.floor(n / ROTATION.length);
  return pick(group, cycle * slots + rank);
}
