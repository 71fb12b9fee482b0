// Keep-in-touch cadence: whether it is time to get in touch with someone again. Pure and clock-free
// (today is passed in) so Today, notifications and the weekly review agree and tests need no fake timers.
import type * as Y from 'yjs';
import type { Contact } from './contacts';
import { addDays, dayOfStamp, daysBetween, isDay, localDay } from './dates';
import { requireEntity, touch } from './entity';

export type CadenceStateName = 'none' | 'ok' | 'due' | 'overdue' | 'snoozed' | 'silenced';

export interface CadenceState {
  state: CadenceStateName;
  /** Days since the clock last restarted (the last interaction, or the day the contact was added). */
  daysSince?: number;
  /** The first day the contact is due: the ideal interval has passed. */
  dueOn?: string;
  /** The first day the contact is overdue: the maximum interval has passed (one day after it ends). */
  overdueOn?: string;
}

/**
 * The rule, in order:
 * 1. stage 'dormant' (dormant by choice) or 'paused' → 'silenced': no reminders, no guilt;
 * 2. no cadence set → 'none';
 * 3. `snoozedUntil` later than today → 'snoozed' (from that day on reminders resume);
 * 4. otherwise count days from the last logged interaction (or the day the contact was created):
 *    fewer than idealDays → 'ok'; idealDays up to and including maxDays → 'due'; more than maxDays → 'overdue'.
 * So with idealDays 14 and maxDays 30, day 14 is due and day 31 is the first overdue day.
 */
export function cadenceState(
  contact: Pick<Contact, 'stage' | 'cadence' | 'snoozedUntil' | 'createdAt'>,
  lastInteraction: string | undefined,
  today: string,
): CadenceState {
  if (contact.stage === 'dormant' || contact.stage === 'paused') return { state: 'silenced' };
  const cadence = contact.cadence;
  if (!cadence) return { state: 'none' };
  // A missing or unreadable start (should not happen) counts as today: nothing is due yet.
  const start = isDay(lastInteraction) ? lastInteraction : (dayOfStamp(contact.createdAt) ?? today);
  const daysSince = daysBetween(start, today);
  const dueOn = addDays(start, cadence.idealDays);
  const overdueOn = addDays(start, cadence.maxDays + 1);
  const timing = { daysSince, dueOn, overdueOn };
  if (contact.snoozedUntil !== undefined && contact.snoozedUntil > today) return { state: 'snoozed', ...timing };
  if (daysSince > cadence.maxDays) return { state: 'overdue', ...timing };
  if (daysSince >= cadence.idealDays) return { state: 'due', ...timing };
  return { state: 'ok', ...timing };
}

/** Quiets this contact's reminders for `days` days from today; a snooze is independent of interactions. */
export function snoozeContact(doc: Y.Doc, id: string, days: number, now: Date = new Date()): string {
  if (!Number.isInteger(days) || days < 1) throw new RangeError('Snooze for a whole number of days, at least 1');
  const map = requireEntity(doc, 'contacts', id);
  const until = addDays(localDay(now), days);
  doc.transact(() => {
    map.set('snoozedUntil', until);
    touch(map, now);
  });
  return until;
}

/** Ends a snooze early. */
export function unsnoozeContact(doc: Y.Doc, id: string, now: Date = new Date()): void {
  const map = requireEntity(doc, 'contacts', id);
  if (!map.has('snoozedUntil')) return;
  doc.transact(() => {
    map.delete('snoozedUntil');
    touch(map, now);
  });
}
