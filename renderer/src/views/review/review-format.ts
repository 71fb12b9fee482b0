// How the weekly review writes days: short in lists ("Tue 1 Dec"), a range for a week ("23 Nov – 29 Nov"),
// long when it names the next review ("Friday 4 December"). Days are calendar days, formatted in UTC.
import { isDay } from '@shared/schema';

function format(day: string, locale: string, options: Intl.DateTimeFormatOptions): string {
  if (!isDay(day)) return day;
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** "Tue 1 Dec" / "tis 1 dec." */
export function shortDay(day: string, locale: string): string {
  return format(day, locale, { weekday: 'short', day: 'numeric', month: 'short' });
}

/** "23 Nov" / "23 nov." */
export function dayMonth(day: string, locale: string): string {
  return format(day, locale, { day: 'numeric', month: 'short' });
}

/** "23 November" / "23 november" */
export function dayMonthLong(day: string, locale: string): string {
  return format(day, locale, { day: 'numeric', month: 'long' });
}

/** "Friday 4 December" / "fredag 4 december" */
export function longDay(day: string, locale: string): string {
  return format(day, locale, { weekday: 'long', day: 'numeric', month: 'long' });
}
