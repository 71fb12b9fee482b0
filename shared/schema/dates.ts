// Calendar days as 'YYYY-MM-DD' strings: what the user means by "today" is their local date, and day
// arithmetic runs in UTC so a daylight-saving change never makes a day 23 or 25 hours long.
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The local calendar date of an instant (the device's time zone). */
export function localDay(at: Date): string {
  return `${pad(at.getFullYear(), 4)}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/**
 * Days already found real. Lists call isDay for every interaction (50,000 at L) and a journal has a few
 * thousand distinct days, so the answer is remembered; the set is emptied if it ever grows large.
 */
const realDays = new Set<string>();

/** True for a real calendar date in 'YYYY-MM-DD' form (2026-02-30 is not one). */
export function isDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (realDays.has(value)) return true;
  const m = DAY.exec(value);
  if (!m) return false;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(t).toISOString().slice(0, 10) !== value) return false;
  if (realDays.size >= 20_000) realDays.clear();
  realDays.add(value);
  return true;
}

function toUtc(day: string): number {
  if (!isDay(day)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${day}`);
  return Date.parse(`${day}T00:00:00Z`);
}

export function addDays(day: string, n: number): string {
  return new Date(toUtc(day) + Math.trunc(n) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday, like Date#getDay. */
export function weekday(day: string): number {
  return new Date(toUtc(day)).getUTCDay();
}

/** The week containing `day`: first and last day, both inclusive. weekStartsOn 1 = Monday (ISO), 0 = Sunday. */
export function weekOf(day: string, weekStartsOn = 1): { start: string; end: string } {
  const offset = (weekday(day) - weekStartsOn + 7) % 7;
  const start = addDays(day, -offset);
  return { start, end: addDays(start, 6) };
}

/** The local calendar date of an ISO timestamp, or undefined when it is not one. */
export function dayOfStamp(stamp: string): string | undefined {
  const t = Date.parse(stamp);
  return Number.isNaN(t) ? undefined : localDay(new Date(t));
}
