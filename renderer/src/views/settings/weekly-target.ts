// Reading the weekly target as typed. The schema accepts whole numbers from 0 to 20 (outreach.ts keeps the
// bound private; the test beside this file holds the two together).
export const WEEKLY_TARGET_MAX = 20;

/** The target a typed value means, or undefined when it is not a whole number from 0 to the maximum. */
export function parseWeeklyTarget(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return n <= WEEKLY_TARGET_MAX ? n : undefined;
}
