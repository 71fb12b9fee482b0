// Words for an event's date and preparation, shared by the list rows and the event page.
import { preparation, type JournalEvent } from '@shared/schema';
import { formatDay } from '../contact/contact-wording';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** "3 Dec 2026, 18:30", "3 Dec 2026", or '' when the event has no date yet. */
export function whenText(event: Pick<JournalEvent, 'date' | 'time'>, locale: string): string {
  if (event.date === '') return '';
  const day = formatDay(event.date, locale);
  return event.time ? `${day}, ${event.time}` : day;
}

/** The translation keys of what is still missing, in the order the page asks for them. */
export function missingPrep(event: JournalEvent): ('purpose' | 'openers' | 'people')[] {
  const prep = preparation(event);
  return (['purpose', 'people', 'openers'] as const).filter((part) => !prep[part]);
}

/** "Prepared", or kindly what is still to write ("Still to write: why you are going, an opener or two"). */
export function prepText(event: JournalEvent, t: Translate): string {
  const missing = missingPrep(event);
  if (missing.length === 0) return t('events.prep.ready');
  return t('events.prep.missing', { list: missing.map((part) => t(`events.prep.${part}`)).join(', ') });
}
