// "New goal": a title is enough; the goal opens on its own page, where why, strategy and plan are written.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createGoal } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { navigate } from '../../nav/use-route';
import { NameField } from '../../ui/NameField';

export function NewGoalForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const [title, setTitle] = useState('');
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (title.trim() === '') {
      setError(t('goals.form.required'));
      input.current?.focus();
      return;
    }
    const goalId = edit(() => createGoal(doc, { title }));
    navigate({ view: 'goal', id: goalId });
  };

  return (
    <form className="card goal-new" aria-label={t('goals.form.label')} onSubmit={submit} noValidate>
      <NameField
        label={t('goals.form.title')}
        value={title}
        placeholder={t('goals.form.placeholder')}
        error={error}
        inputRef={input}
        onEscape={onCancel}
        onChange={(value) => {
          setTitle(value);
          setError('');
        }}
      />
      <div className="actions">
        <button type="button" className="button-quiet" onClick={onCancel}>
          {t('goals.form.cancel')}
        </button>
        <button type="submit" className="button-primary">
          {t('goals.form.create')}
        </button>
      </div>
    </form>
  );
}
