// A next step that is due: the person (opens their page), the step and when it was planned; Done ticks it
// off and Reschedule offers tomorrow, a week from now or any day. Each change is one undoable edit.
import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, updateContact } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { routeHref } from '../../nav/route';
import { formatDay } from '../contact/contact-wording';
import { keepFocusNear } from './item-keys';
import type { DueStep } from './today-items';
import { DayInput } from '../../day-field/DayInput';

interface Props {
  step: DueStep;
  today: string;
  onMessage: (message: string) => void;
}

export const NextStepItem = memo(function NextStepItem({ step, today, onMessage }: Props) {
  const { t, i18n } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const id = useId();
  const [moving, setMoving] = useState(false);
  const { contact } = step;
  const when = step.daysLate === 0 ? t('today.nextSteps.today') : t('today.nextSteps.late', { count: step.daysLate });

  const done = (button: HTMLElement): void => {
    keepFocusNear(button);
    edit(() => updateContact(doc, contact.id, { nextStep: null }));
    onMessage(t('today.nextSteps.cleared', { name: contact.name }));
  };
  const moveTo = (day: string, from: HTMLElement): void => {
    if (day <= today) return;
    keepFocusNear(from);
    edit(() => updateContact(doc, contact.id, { nextStep: { text: step.text, due: day } }));
    onMessage(t('today.nextSteps.moved', { date: formatDay(day, i18n.language, 'long') }));
  };

  return (
    <li className="today-item" data-today-item>
      <div className="today-item-body">
        <a data-main className="today-item-title" href={routeHref({ view: 'contact', id: contact.id })}>
          {contact.name}
        </a>
        <p className="today-item-text">{step.text || t('today.nextSteps.noText')}</p>
        <p className="hint">{when}</p>
      </div>
      <div className="today-item-actions">
        <button type="button" className="button-quiet button-small" onClick={(e) => done(e.currentTarget)}>
          {t('today.nextSteps.done')}
        </button>
        <button
          type="button"
          className="button-quiet button-small"
          aria-expanded={moving}
          aria-controls={moving ? `${id}-move` : undefined}
          onClick={() => setMoving((m) => !m)}
        >
          {t('today.nextSteps.reschedule')}
        </button>
      </div>
      {moving && (
        <div
          id={`${id}-move`}
          className="today-reschedule"
          role="group"
          aria-label={t('today.nextSteps.rescheduleFor', { name: contact.name })}
        >
          <button
            type="button"
            className="button-quiet button-small"
            autoFocus
            onClick={(e) => moveTo(addDays(today, 1), e.currentTarget)}
          >
            {t('today.nextSteps.tomorrow')}
          </button>
          <button
            type="button"
            className="button-quiet button-small"
            onClick={(e) => moveTo(addDays(today, 7), e.currentTarget)}
          >
            {t('today.nextSteps.nextWeek')}
          </button>
          <label className="today-reschedule-day">
            <span>{t('today.nextSteps.newDay')}</span>
            <DayInput value="" min={addDays(today, 1)} onDay={(day, field) => day && moveTo(day, field)} />
          </label>
          <button type="button" className="button-link" onClick={() => setMoving(false)}>
            {t('today.nextSteps.cancel')}
          </button>
        </div>
      )}
    </li>
  );
});
