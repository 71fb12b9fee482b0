// Adds a step at the end of the plan: a line of text and, if the user wants one, a due date. Focus stays
// in the text box, so several steps can be written in a row.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addStep } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { DayInput } from '../../day-field/DayInput';

export function AddStepForm({ goalId }: { goalId: string }) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const id = useId();
  const [text, setText] = useState('');
  const [due, setDue] = useState('');

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (text.trim() === '') return;
    edit(() => addStep(doc, goalId, due ? { text, due } : { text }));
    setText('');
    setDue('');
  };

  return (
    <form className="plan-add" aria-label={t('goals.steps.add')} onSubmit={submit}>
      <div className="field plan-add-text">
        <label htmlFor={`${id}-text`}>{t('goals.steps.newStep')}</label>
        <input
          id={`${id}-text`}
          value={text}
          placeholder={t('goals.steps.newPlaceholder')}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="field plan-add-due">
        <label htmlFor={`${id}-due`}>{t('goals.steps.newDue')}</label>
        <DayInput id={`${id}-due`} value={due} onDay={setDue} />
      </div>
      <button type="submit" className="button-quiet plan-add-button" disabled={text.trim() === ''}>
        {t('goals.steps.add')}
      </button>
    </form>
  );
}
