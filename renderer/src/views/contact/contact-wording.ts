// Plain, kind wording for time on the contact page: "5 weeks" rather than "35 days", "in 3 days" for a due
// date. Pure, so the rules are tested without a clock or a browser.
import { daysBetween, isDay, type CadenceState, type Contact } from '@shared/schema';

export type DurationUnit = 'day' | 'week' | 'month';

/** A duration in the unit a person would say: days up to two weeks, weeks up to about two months, then months. */
export function durationParts(days: number): { unit: DurationUnit; count: number } {
  const n = Math.max(0, Math.round(days));
  if (n < 14) return { unit: 'day', count: n };
  if (n < 60) return { unit: 'week', count: Math.round(n / 7) };
  return { unit: 'month', count: Math.round(n / 30.44) };
}

export type DueWhen = { when: 'today' } | { when: 'future' | 'past'; days: number };

/** Where a due day stands relative to today. */
export function dueWhen(today: string, due: string): DueWhen {
  const days = daysBetween(today, due);
  if (days === 0) return { when: 'today' };
  return days > 0 ? { when: 'future', days } : { when: 'past', days: -days };
}

/** A calendar day (YYYY-MM-DD) in the reader's language, e.g. "12 Mar 2026"; other text is shown as it is. */
export function formatDay(day: string, locale: string, style: 'short' | 'long' = 'short'): string {
  if (!isDay(day)) return day;
  const options: Intl.DateTimeFormatOptions =
    style === 'long'
      ? { day: 'numeric', month: 'long', year: 'numeric' }
      : { day: 'numeric', month: 'short', year: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

export type CadenceLine =
  | { key: 'none' | 'silencedDormant' | 'silencedPaused' }
  | { key: 'ok' | 'snoozed'; day: string }
  | { key: 'due' | 'overdue'; duration: { unit: DurationUnit; count: number } };

/** What the keep-in-touch panel says, in order of cadenceState's rule: silenced, none, snoozed, then timing. */
export function cadenceLine(state: CadenceState, contact: Pick<Contact, 'stage' | 'snoozedUntil'>): CadenceLine {
  switch (state.state) {
    case 'silenced':
      return { key: contact.stage === 'paused' ? 'silencedPaused' : 'silencedDormant' };
    case 'snoozed':
      return { key: 'snoozed', day: contact.snoozedUntil ?? '' };
    case 'ok':
      return { key: 'ok', day: state.dueOn ?? '' };
    case 'due':
    case 'overdue':
      return { key: state.state, duration: durationParts(state.daysSince ?? 0) };
    default:
      return { key: 'none' };
  }
}
