// Someone the user meant to hear from about now, said kindly ("It has been 5 weeks — a short note?"), with
// Log interaction as the main action and a quiet "Later" for 7, 14 or 30 days, as on the contact page.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, snoozeContact } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { useOpenLogInteraction } from '../../interactions/log-interaction-context';
import { routeHref } from '../../nav/route';
import { durationParts, formatDay } from '../contact/contact-wording';
import { keepFocusNear } from './item-keys';
import type { QuietContact } from './today-items';

const SNOOZE_CHOICES = [7, 14, 30] as const;

interface Props {
  quiet: QuietContact;
  today: string;
  onMessage: (message: string) => void;
}

export const LosingTouchItem = memo(function LosingTouchItem({ quiet, today, onMessage }: Props) {
  const { t, i18n } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const openLog = useOpenLogInteraction();
  const { contact, cadence } = quiet;
  const parts = durationParts(cadence.daysSince ?? 0);
  const duration = t(`contact.duration.${parts.unit}`, { count: parts.count });

  const snooze = (days: number, from: HTMLElement): void => {
    keepFocusNear(from);
    edit(() => snoozeContact(doc, contact.id, days));
    const until = formatDay(addDays(today, days), i18n.language, 'long');
    onMessage(t('today.touch.snoozed', { name: contact.name, date: until }));
  };

  return (
    <li className="today-item" data-today-item>
      <div className="today-item-body">
        <a className="today-item-title" href={routeHref({ view: 'contact', id: contact.id })}>
          {contact.name}
        </a>
        <p className="today-item-text">{t(`contact.cadence.${cadence.state}`, { duration })}</p>
      </div>
      <div className="today-item-actions">
        <button
          type="button"
          data-main
          className="button-quiet button-small"
          onClick={() => openLog({ contactIds: [contact.id] })}
        >
          {t('today.touch.log')}
        </button>
        <span className="today-later" role="group" aria-label={t('today.touch.snooze')}>
          <span className="hint" aria-hidden="true">
            {t('today.touch.snooze')}
          </span>
          {SNOOZE_CHOICES.map((days) => (
            <button
              key={days}
              type="button"
              className="button-link"
              aria-label={t('today.touch.snoozeFor', { name: contact.name, count: days })}
              onClick={(e) => snooze(days, e.currentTarget)}
            >
              {t('contact.cadence.snoozeDays', { count: days })}
            </button>
          ))}
        </span>
      </div>
    </li>
  );
});
