// What comes next with a person, for one quiet line in the People list: a dated next step first, then a
// keep-in-touch rhythm that has come round, then an undated next step. Pure: today is passed in.
import { cadenceState, type Contact } from '@shared/schema';

export type NextUp =
  | { kind: 'step'; text: string; due: string; when: 'future' | 'today' | 'past' }
  | { kind: 'undated'; text: string }
  | { kind: 'cadence'; state: 'due' | 'overdue' };

export function nextUp(contact: Contact, lastInteraction: string | undefined, today: string): NextUp | undefined {
  const step = contact.nextStep;
  if (step?.due !== undefined) {
    const when = step.due === today ? 'today' : step.due > today ? 'future' : 'past';
    return { kind: 'step', text: step.text, due: step.due, when };
  }
  const rhythm = cadenceState(contact, lastInteraction, today).state;
  if (rhythm === 'due' || rhythm === 'overdue') return { kind: 'cadence', state: rhythm };
  if (step && step.text !== '') return { kind: 'undated', text: step.text };
  return undefined;
}

/** A calendar day (YYYY-MM-DD) as a short date in the reader's language, e.g. "3 Dec" or "3 dec. 2027". */
export function shortDay(day: string, today: string, locale: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : formatter(locale, day.slice(0, 4) === today.slice(0, 4)).format(date);
}

// Creating an Intl.DateTimeFormat costs far more than using one; a list row must not make its own.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, sameYear: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${sameYear}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      year: sameYear ? undefined : 'numeric',
      timeZone: 'UTC',
    });
    formatters.set(key, format);
  }
  return format;
}
