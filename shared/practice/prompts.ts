// The prompt library, built on introvert strengths. It lives in code, not in the document, so prompts can
// improve between versions; a reflection keeps the id and the text as it was shown (reflections.ts).
// (Stub: the full library of at least 36 prompts replaces this list.)
export const PROMPT_GROUPS = ['after-event', 'after-conversation', 'weekly', 'strengths', 'goals'] as const;
export type PromptGroup = (typeof PROMPT_GROUPS)[number];

export interface Prompt {
  /** Stable forever: stored with every reflection written from it. */
  id: string;
  group: PromptGroup;
  text: { en: string; sv: string };
}

export const PROMPTS: readonly Prompt[] = [
  {
    id: 'strengths-listening-1',
    group: 'strengths',
    text: {
      en: 'When did listening well help someone this week?',
      sv: 'När hjälpte det någon att du lyssnade väl den här veckan?',
    },
  },
];

export function findPrompt(id: string): Prompt | undefined {
  return PROMPTS.find((p) => p.id === id);
}

export interface PromptDayContext {
  /** An event happened the day before `today`. */
  eventYesterday: boolean;
  /** `today` is the weekly review day. */
  reviewDay: boolean;
}

/** The prompt of the day: deterministic by date, no repeat within 14 days, preferring a group that fits. */
export function promptOfTheDay(today: string, context: PromptDayContext): Prompt {
  void today;
  void context;
  const first = PROMPTS[0];
  if (!first) throw new Error('The prompt library is empty');
  return first;
}
