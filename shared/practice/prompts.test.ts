import { describe, expect, it } from 'vitest';
import { addDays, weekday } from '../schema/dates';
import {
  findPrompt,
  FITTING_GROUPS,
  NO_REPEAT_DAYS,
  PROMPT_GROUPS,
  PROMPTS,
  promptOfTheDay,
  promptsIn,
  ROTATION,
  STRENGTHS,
  type PromptDayContext,
} from './prompts';

const plain: PromptDayContext = { eventYesterday: false, reviewDay: false };

/** A small deterministic pseudo-random sequence, so the "any context" runs are repeatable. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

/** Consecutive days from `start`, each with the context `contextOf` gives it, and the prompt shown. */
function run(start: string, days: number, contextOf: (day: string, i: number) => PromptDayContext) {
  return Array.from({ length: days }, (_, i) => {
    const day = addDays(start, i);
    return { day, id: promptOfTheDay(day, contextOf(day, i)).id };
  });
}

function closestRepeat(shown: readonly { day: string; id: string }[]): number {
  const last = new Map<string, number>();
  let closest = Infinity;
  shown.forEach(({ id }, i) => {
    const before = last.get(id);
    if (before !== undefined) closest = Math.min(closest, i - before);
    last.set(id, i);
  });
  return closest;
}

describe('the prompt library', () => {
  it('holds at least 36 prompts in at least five groups, each group with several', () => {
    expect(PROMPTS.length).toBeGreaterThanOrEqual(36);
    expect(PROMPT_GROUPS.length).toBeGreaterThanOrEqual(5);
    for (const group of PROMPT_GROUPS) {
      expect(promptsIn(group).length, group).toBeGreaterThanOrEqual(5);
      expect(promptsIn(group).every((p) => p.group === group)).toBe(true);
    }
    expect(PROMPTS.length).toBe(PROMPT_GROUPS.reduce((n, g) => n + promptsIn(g).length, 0));
  });

  it('covers every introvert strength in the strengths group', () => {
    const covered = new Set(promptsIn('strengths').map((p) => p.strength));
    for (const strength of STRENGTHS) expect(covered, strength).toContain(strength);
    expect(promptsIn('strengths').every((p) => p.strength !== undefined)).toBe(true);
  });

  it('gives every prompt a unique, stable-looking id that findPrompt finds', () => {
    const ids = PROMPTS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const prompt of PROMPTS) {
      expect(prompt.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
      expect(findPrompt(prompt.id)).toBe(prompt);
    }
    expect(findPrompt('strength-listening-1')?.strength).toBe('listening');
    expect(findPrompt('no-such-prompt')).toBeUndefined();
  });

  it('is written in both languages, each its own text', () => {
    for (const { id, text } of PROMPTS) {
      expect(text.en.trim(), id).not.toBe('');
      expect(text.sv.trim(), id).not.toBe('');
      expect(text.sv, id).not.toBe(text.en);
      expect(text.en, id).toBe(text.en.trim());
    }
    const sv = PROMPTS.map((p) => p.text.sv).join(' ');
    expect(sv).toMatch(/[åäö]/);
  });

  it('never asks anyone to push themselves out of their comfort zone', () => {
    for (const { text } of PROMPTS) {
      expect(text.en.toLowerCase()).not.toMatch(/comfort zone|push yourself|step out|should have/);
      expect(text.sv.toLowerCase()).not.toMatch(/bekvämlighetszon|utmana dig själv|borde ha/);
    }
  });
});

describe('promptOfTheDay', () => {
  it('is deterministic: the same day and context give the same prompt, every time', () => {
    const first = run('2026-01-01', 60, () => plain);
    const again = run('2026-01-01', 60, () => plain);
    expect(again).toEqual(first);
    expect(promptOfTheDay('2026-11-30', plain)).toBe(promptOfTheDay('2026-11-30', { ...plain }));
  });

  it('moves on from day to day', () => {
    const ids = run('2026-03-01', 7, () => plain).map((s) => s.id);
    expect(new Set(ids).size).toBe(7);
  });

  it('never repeats within 14 days over two years of consecutive days', () => {
    const shown = run('2026-01-01', 2 * 366, () => plain);
    expect(closestRepeat(shown)).toBeGreaterThan(NO_REPEAT_DAYS);
    // Over that long a run, the rotation reaches every group.
    expect(new Set(shown.map((s) => findPrompt(s.id)?.group))).toEqual(new Set(PROMPT_GROUPS));
  });

  it('never repeats within 14 days whatever the days prefer, across a year boundary', () => {
    const always = run('2026-06-01', 2 * 366, () => ({ eventYesterday: true, reviewDay: true }));
    expect(closestRepeat(always)).toBeGreaterThan(NO_REPEAT_DAYS);
    const reviews = run('2026-06-01', 2 * 366, () => ({ eventYesterday: false, reviewDay: true }));
    expect(closestRepeat(reviews)).toBeGreaterThan(NO_REPEAT_DAYS);
    const random = lcg(8);
    const mixed = run('2026-06-01', 2 * 366, () => ({ eventYesterday: random() < 0.3, reviewDay: random() < 0.3 }));
    expect(closestRepeat(mixed)).toBeGreaterThan(NO_REPEAT_DAYS);
    // A realistic year: Friday reviews, and a conference every Tuesday to Thursday some weeks.
    const realistic = run('2026-06-01', 2 * 366, (day, i) => ({
      reviewDay: weekday(day) === 5,
      eventYesterday: Math.floor(i / 7) % 3 === 0 && [3, 4, 5].includes(weekday(day)),
    }));
    expect(closestRepeat(realistic)).toBeGreaterThan(NO_REPEAT_DAYS);
  });

  it('prefers the after-event group the day after an event, and the weekly group on the review day', () => {
    for (const { day } of run('2026-12-20', 21, () => plain)) {
      expect(findPrompt(promptOfTheDay(day, { eventYesterday: true, reviewDay: false }).id)?.group).toBe('after-event');
      expect(findPrompt(promptOfTheDay(day, { eventYesterday: false, reviewDay: true }).id)?.group).toBe('weekly');
      // Both at once: the event is fresher, and the review has its own reflection.
      expect(findPrompt(promptOfTheDay(day, { eventYesterday: true, reviewDay: true }).id)?.group).toBe('after-event');
    }
  });

  it('otherwise rotates through the groups', () => {
    const groups = run('2026-05-04', ROTATION.length * 3, () => plain).map((s) => findPrompt(s.id)?.group);
    for (let i = 0; i < groups.length; i += 1) {
      expect(groups[i]).toBe(groups[i % ROTATION.length]);
      if (i > 0) expect(groups[i]).not.toBe(groups[i - 1]);
    }
    expect(new Set(groups)).toEqual(new Set(PROMPT_GROUPS));
  });

  it('keeps enough prompts in the groups a day may prefer to honour the two weeks', () => {
    for (const group of FITTING_GROUPS) expect(promptsIn(group).length).toBeGreaterThan(NO_REPEAT_DAYS);
    // Any other group walks through its prompts one rotation slot at a time.
    const window = NO_REPEAT_DAYS + 1;
    for (const group of PROMPT_GROUPS.filter((g) => !FITTING_GROUPS.includes(g))) {
      const slots = Math.ceil(window / ROTATION.length + 1) * ROTATION.filter((g) => g === group).length;
      expect(promptsIn(group).length, group).toBeGreaterThanOrEqual(slots);
    }
  });

  it('refuses what is not a day', () => {
    expect(() => promptOfTheDay('30/11/2026', plain)).toThrow(RangeError);
  });
});
