// The few follow-ups worth a nudge outside the journal window (the tray menu, later the daily reminder): next
// steps due today or earlier, then people whose keep-in-touch time is overdue — the same rules as Today.
// One pass over the contacts that reads in full only those with a next step or a cadence: cheap at 10,000.
import type * as Y from 'yjs';
import {
  cadenceState,
  contactsMap,
  interactionsMap,
  lastDaysByContact,
  readInteractionDay,
  readReminderFields,
  type ReminderFields,
} from '@shared/schema';

export type FollowUp =
  | { kind: 'next-step'; contactId: string; name: string; text: string; due: string }
  | { kind: 'keep-in-touch'; contactId: string; name: string; overdueOn: string };

export const TRAY_FOLLOW_UPS = 5;

const names = new Intl.Collator(undefined, { sensitivity: 'base' });

/** Contact id → day of the latest live interaction, read from the whole journal (a caller may keep an index). */
export function lastInteractionDays(doc: Y.Doc): Map<string, string> {
  return lastDaysByContact(Array.from(interactionsMap(doc).values(), readInteractionDay));
}

/** Up to `limit` follow-ups on `today`: due next steps (longest waiting first), then overdue keep-in-touch. */
export function dueFollowUps(
  doc: Y.Doc,
  today: string,
  limit = TRAY_FOLLOW_UPS,
  lastDays: () => ReadonlyMap<string, string> = () => lastInteractionDays(doc),
): FollowUp[] {
  const steps: FollowUp[] = [];
  const quiet: ReminderFields[] = [];
  contactsMap(doc).forEach((map, id) => {
    if (!map.has('nextStep') && !map.has('cadence')) return;
    const contact = readReminderFields(id, map);
    if (contact.deletedAt) return;
    const step = contact.nextStep;
    if (step?.due !== undefined && step.due <= today) {
      steps.push({ kind: 'next-step', contactId: id, name: contact.name, text: step.text, due: step.due });
    } else if (contact.cadence) {
      quiet.push(contact);
    }
  });
  steps.sort((a, b) => compare(dueOf(a), dueOf(b)) || names.compare(a.name, b.name));
  if (steps.length >= limit || quiet.length === 0) return steps.slice(0, limit);

  // Interactions are read only when someone has a cadence, and then only their day and people.
  const last = lastDays();
  const overdue: FollowUp[] = [];
  const todayNumber = dayNumber(today);
  for (const contact of quiet) {
    // Most people are not overdue: a quick day count leaves them out before the full rule runs. It allows a
    // day either way, as the day a contact was added depends on the time zone (NaN never leaves anyone out).
    const start = last.get(contact.id) ?? contact.createdAt.slice(0, 10);
    if (contact.cadence && dayNumber(start) - 1 + contact.cadence.maxDays >= todayNumber) continue;
    const cadence = cadenceState(contact, last.get(contact.id), today);
    if (cadence.state === 'overdue' && cadence.overdueOn !== undefined) {
      overdue.push({ kind: 'keep-in-touch', contactId: contact.id, name: contact.name, overdueOn: cadence.overdueOn });
    }
  }
  overdue.sort((a, b) => compare(dueOf(a), dueOf(b)) || names.compare(a.name, b.name));
  return [...steps, ...overdue].slice(0, limit);
}

function dueOf(item: FollowUp): string {
  return item.kind === 'next-step' ? item.due : item.overdueOn;
}

/** Days since 1970 of a 'YYYY-MM-DD' day, by plain arithmetic (NaN when it is not one). */
function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
