// The one next step with this person and, if the user wants, a day for it. Small and concrete on purpose:
// "ask about the design meetup" is easier to begin than "network more".
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDay, updateContact, type Contact, type NextStep } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { LiveField } from '../../ui/LiveField';
import { StatusLine } from './StatusLine';
import { dueWhen, type DueWhen } from './contact-wording';
import { DayInput } from '../../day-field/DayInput';

export function NextStepPanel({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const id = useId();
  const [message, setMessage] = useState('');
  const clear = useCallback(() => setMessage(''), []);
  const step = contact.nextStep;
  const dueText = (when: DueWhen): string =>
    when.when === 'today'
      ? t('contact.nextStep.dueToday')
      : t(when.when === 'future' ? 'contact.nextStep.dueIn' : 'contact.nextStep.duePast', { count: when.days });

  const save = (next: NextStep): void => {
    const empty = next.text.trim() === '' && next.due === undefined;
    edit(() => updateContact(doc, contact.id, { nextStep: empty ? null : next }));
  };
  const done = (): void => {
    edit(() => updateContact(doc, contact.id, { nextStep: null }));
    setMessage(t('contact.nextStep.cleared'));
  };

  return (
    <section className="panel contact-next" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('contact.nextStep.title')}</h3>
      <LiveField
        label={t('contact.nextStep.text')}
        value={step?.text ?? ''}
        placeholder={t('contact.nextStep.placeholder')}
        onSave={(text) => save({ text, due: step?.due })}
      />
      <div className="contact-next-row">
        <div className="field">
          <label htmlFor={`${id}-due`}>{t('contact.nextStep.due')}</label>
          <DayInput
            id={`${id}-due`}
            value={step?.due ?? ''}
            aria-describedby={step?.due ? `${id}-when` : undefined}
            onDay={(due) => save({ text: step?.text ?? '', due: due || undefined })}
          />
        </div>
        {step && (
          <button type="button" className="button-quiet" onClick={done}>
            {t('contact.nextStep.done')}
          </button>
        )}
      </div>
      {step?.due ? (
        <p id={`${id}-when`} className="hint">
          {dueText(dueWhen(localDay(new Date()), step.due))}
        </p>
      ) : (
        !step && <p className="hint">{t('contact.nextStep.empty')}</p>
      )}
      <StatusLine message={message} onDone={clear} />
    </section>
  );
}
