// One person who went quiet: how long it has been, and what to do about it right here — snooze for 7, 14 or
// 30 days (as on the contact page), write the next step, or log an interaction.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { snoozeContact, unsnoozeContact, updateContact, type Contact } from '@shared/schema';
import type { QuietPerson } from '@shared/practice/review-summary';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { useOpenLogInteraction } from '../../interactions/log-interaction-context';
import { routeHref } from '../../nav/route';
import { LiveField } from '../../ui/LiveField';
import { durationParts, formatDay } from '../contact/contact-wording';
import { longDay } from './review-format';

const SNOOZE_CHOICES = [7, 14, 30] as const;

interface Props {
  person: QuietPerson;
  /** The contact as it is now. */
  contact: Contact;
  today: string;
  /** Still overdue (not snoozed, nothing logged since). */
  quiet: boolean;
}

export function QuietRow({ person, contact, today, quiet }: Props) {
  const { t, i18n } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const openLog = useOpenLogInteraction();
  const id = useId();
  const snoozed = contact.snoozedUntil !== undefined && contact.snoozedUntil > today;
  const state = snoozed ? 'snoozed' : quiet ? 'quiet' : 'back';
  // Snoozing replaces the buttons with "Wake now" and back: focus follows, so the keyboard never drops.
  const follow = useRef(false);
  const actions = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!follow.current) return;
    follow.current = false;
    actions.current?.querySelector('button')?.focus();
  }, [state]);

  const duration = durationParts(person.daysSince);
  const since = person.lastInteraction
    ? t('review.quiet.since', {
        duration: t(`contact.duration.${duration.unit}`, { count: duration.count }),
        date: formatDay(person.lastInteraction, i18n.language, 'long'),
      })
    : t('review.quiet.sinceAdded');
  const name = contact.name;
  const saveStep = (text: string): void => {
    const due = contact.nextStep?.due;
    const empty = text.trim() === '' && due === undefined;
    edit(() => updateContact(doc, contact.id, { nextStep: empty ? null : { text, due } }));
  };

  return (
    <li className="review-row">
      <div className="review-row-head">
        <a className="review-row-title" href={routeHref({ view: 'contact', id: contact.id })}>
          {name}
        </a>
        <span className="muted">{since}</span>
      </div>
      <div className="review-row-actions" ref={actions}>
        {state === 'quiet' && (
          <div className="review-snooze" role="group" aria-labelledby={`${id}-snooze`}>
            <span id={`${id}-snooze`} className="review-snooze-label">
              {t('review.quiet.snooze')}
            </span>
            {SNOOZE_CHOICES.map((days) => (
              <button
                key={days}
                type="button"
                className="button-quiet button-small"
                aria-label={t('review.quiet.snoozeFor', { name, count: days })}
                onClick={() => {
                  follow.current = true;
                  edit(() => snoozeContact(doc, contact.id, days));
                }}
              >
                {t('review.quiet.snoozeDays', { count: days })}
              </button>
            ))}
          </div>
        )}
        {state === 'snoozed' && (
          <p className="review-row-state">
            {t('review.quiet.snoozed', { date: longDay(contact.snoozedUntil ?? '', i18n.language) })}{' '}
            <button
              type="button"
              className="button-quiet button-small"
              aria-label={t('review.quiet.wakeFor', { name })}
              onClick={() => {
                follow.current = true;
                edit(() => unsnoozeContact(doc, contact.id));
              }}
            >
              {t('review.quiet.wake')}
            </button>
          </p>
        )}
        {state === 'back' && <p className="review-row-state">{t('review.quiet.inTouch')}</p>}
        <button
          type="button"
          className="button-quiet button-small"
          aria-label={t('review.quiet.logFor', { name })}
          onClick={() => openLog({ contactIds: [contact.id] })}
        >
          {t('review.quiet.log')}
        </button>
      </div>
      <LiveField
        className="review-next-step"
        label={t('review.quiet.nextStep', { name })}
        value={contact.nextStep?.text ?? ''}
        placeholder={t('review.quiet.nextStepPlaceholder')}
        onSave={saveStep}
      />
    </li>
  );
}
