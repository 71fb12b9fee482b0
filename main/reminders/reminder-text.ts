// The reminder's words: one calm title and a short body in main's language. A single item is named; more
// are counted ("2 next steps are due and 1 event tomorrow to prepare for"), never listed at length.
import { mainLanguage, mt } from '../app/main-i18n';
import type { ReminderItems } from './reminder-items';

export interface ReminderText {
  title: string;
  body: string;
}

export function reminderText(items: ReminderItems): ReminderText {
  return { title: mt('reminder.title'), body: body(items) };
}

function body({ followUps, events }: ReminderItems): string {
  const only = followUps.length + events.length === 1 ? (followUps[0] ?? events[0]) : undefined;
  if (only !== undefined) {
    if ('eventId' in only) return mt('reminder.onePrepare', { title: only.title });
    if (only.kind === 'next-step') return mt('reminder.oneNextStep', { name: only.name, text: only.text });
    return mt('reminder.oneKeepInTouch', { name: only.name });
  }
  const steps = followUps.filter((item) => item.kind === 'next-step').length;
  const quiet = followUps.length - steps;
  const parts = [
    steps > 0 ? mt('reminder.nextSteps', { count: steps }) : '',
    quiet > 0 ? mt('reminder.keepInTouch', { count: quiet }) : '',
    events.length > 0 ? mt('reminder.prepare', { count: events.length }) : '',
  ].filter((part) => part !== '');
  return new Intl.ListFormat(mainLanguage(), { type: 'conjunction' }).format(parts);
}
