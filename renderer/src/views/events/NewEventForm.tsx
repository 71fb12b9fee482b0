// "New event": a title (and, if known, the date) is enough; the event opens on its own page, where the
// preparation is written.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createEvent } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { navigate } from '../../nav/use-route';
import { NameField } from '../../ui/NameField';
import { DayInput } from '../../day-field/DayInput';

export function NewEventForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (title.trim() === '') {
      setError(t('events.form.required'));
      input.current?.focus();
      return;
    }
    const id = edit(() => createEvent(doc, { title, date }));
    navigate({ view: 'event', id });
  };

  return (
    <form className="card event-new" aria-label={t('events.form.label')} onSubmit={submit} noValidate>
      <div className="field-row event-new-fields">
        <NameField
          label={t('events.form.title')}
          value={title}
          placeholder={t('events.form.placeholder')}
          error={error}
          inputRef={input}
          onEscape={onCancel}
          onChange={(value) => {
            setTitle(value);
            setError('');
          }}
        />
        <div className="field">
          <label htmlFor="new-event-date">{t('events.form.date')}</label>
          <DayInput
            id="new-event-date"
            value={date}
            onDay={setDate}
            onKeyDown={(e) => e.key === 'Escape' && onCancel()}
          />
        </div>
      </div>
      <div className="actions">
        <button type="button" className="button-quiet" onClick={onCancel}>
          {t('events.form.cancel')}
        </button>
        <button type="submit" className="button-primary">
          {t('events.form.create')}
        </button>
      </div>
    </form>
  );
}
