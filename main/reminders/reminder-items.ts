// What the daily reminder speaks of: next steps due today or earlier, people whose keep-in-touch time is
// overdue (the tray's rules, shared/practice/due-follow-ups.ts) and tomorrow's events not yet prepared.
import type * as Y from 'yjs';
import { addDays, listEvents, preparation } from '@shared/schema';
import { dueFollowUps, type FollowUp } from '@shared/practice/due-follow-ups';

export interface EventToPrepare {
  eventId: string;
  title: string;
  date: string;
}

export interface ReminderItems {
  followUps: FollowUp[];
  events: EventToPrepare[];
}

/** Everything due on `today`, however many (the notification counts them; it never lists them all). */
export function reminderItems(doc: Y.Doc, today: string): ReminderItems {
  const tomorrow = addDays(today, 1);
  const events = listEvents(doc)
    .filter((event) => event.date === tomorrow && event.recordedAt === undefined && !preparation(event).ready)
    .map((event) => ({ eventId: event.id, title: event.title, date: event.date }));
  return { followUps: dueFollowUps(doc, today, Number.MAX_SAFE_INTEGER), events };
}

/**
 * One key per item and its date: the same item with the same date is the same reminder. A step moved to
 * another day, or a new one, is new; a person who stays overdue for a week is reminded of once a day.
 */
export function itemKeys(items: ReminderItems): string[] {
  return [
    ...items.followUps.map((item) =>
      item.kind === 'next-step'
        ? `next-step:${item.contactId}:${item.due}`
        : `keep-in-touch:${item.contactId}:${item.overdueOn}`,
    ),
    ...items.events.map((event) => `prepare:${event.eventId}:${event.date}`),
  ].sort();
}

export function isEmpty(items: ReminderItems): boolean {
  return items.followUps.length === 0 && items.events.length === 0;
}
