// How Insights puts numbers in words: the comparison with the previous period ("3 more than the 12 before"),
// averages with one decimal in the UI language, and week and month labels.
import type { TFunction } from 'i18next';
import { isoWeek } from '@shared/schema';
import type { Comparison } from '@shared/insights';
import { dayMonth } from '../review/review-format';

/** The sentence's lead (pluralised on `current`) and its comparison clause, as one sentence. */
export function compared(t: TFunction, key: string, cmp: Comparison, weeks: number): string {
  const diff = cmp.current - cmp.previous;
  const clause =
    diff > 0
      ? t('insights.compare.more', { count: diff, weeks })
      : diff < 0
        ? t('insights.compare.fewer', { count: -diff, weeks })
        : t('insights.compare.same', { weeks });
  return `${t(key, { count: cmp.current, weeks })}${clause}`;
}

export function decimal(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value);
}

export function whole(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

export function percent(part: number, whole: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    whole > 0 ? part / whole : 0,
  );
}

/** "W23" / "v. 23" under a bar. */
export function weekLabel(t: TFunction, start: string): string {
  return t('insights.weekLabel', { week: isoWeek(start).week });
}

/** "Week 23 (1 Jun)" / "Vecka 23 (1 juni)" in a table. */
export function weekName(t: TFunction, start: string, locale: string): string {
  return t('insights.weekOf', { week: isoWeek(start).week, day: dayMonth(start, locale) });
}

/** "Jun" under a bar, "June 2026" in a table. */
export function monthName(month: string, locale: string, long = false): string {
  const options: Intl.DateTimeFormatOptions = long
    ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(new Date(`${month}-01T00:00:00Z`));
}
