// The quiet "what is next" line of a People row, in words: a next step and its date, or a rhythm that has come
// round. Calm on purpose — a date that has passed is "planned for", never a red "overdue". A plain function
// (the row passes its `t`), so a screenful of new rows costs no extra hooks.
import type { TFunction } from 'i18next';
import type { Contact } from '@shared/schema';
import { nextUp, shortDay } from './next-up';

export interface NextUpLine {
  text: string;
  /** 'nudge' when it is time (a rhythm come round, a step for today or already past), else 'calm'. */
  tone: 'calm' | 'nudge';
}

export function nextUpLine(
  contact: Contact,
  lastInteraction: string | undefined,
  today: string,
  t: TFunction,
  locale: string,
): NextUpLine | undefined {
  const next = nextUp(contact, lastInteraction, today);
  if (!next) return undefined;
  if (next.kind === 'cadence') return { text: t(`contactsView.next.${next.state}`), tone: 'nudge' };
  if (next.kind === 'undated') return { text: t('contactsView.next.stepUndated', { text: next.text }), tone: 'calm' };
  // A step with a date but no words yet reads "Next step by 10 Mar" rather than "Next:  · by 10 Mar".
  const [key, keyNoText] =
    next.when === 'today'
      ? ['stepToday', 'dueToday']
      : next.when === 'future'
        ? ['stepBy', 'dueBy']
        : ['stepPlanned', 'duePlanned'];
  const date = shortDay(next.due, today, locale);
  const text = t(`contactsView.next.${next.text ? key : keyNoText}`, { text: next.text, date });
  return { text, tone: next.when === 'future' ? 'calm' : 'nudge' };
}
