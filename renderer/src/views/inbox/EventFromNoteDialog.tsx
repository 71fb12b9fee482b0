// A note about a gathering becomes an event: its first line as the title, the rest of the note as why I am
// going — the whole note when the title had to be shortened, so nothing is lost — and a date if the user
// knows it. All of it shown and editable; the event's page opens afterwards to plan the rest.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxNote } from '@shared/schema';
import { Dialog } from '../../ui/Dialog';
import { afterFirstLine, firstLine, titleFrom } from './note-text';
import type { EventFromNote } from './use-triage';
import { DayInput } from '../../day-field/DayInput';

interface Props {
  note: InboxNote;
  onSave: (event: EventFromNote) => void;
  onCancel: () => void;
}

export function EventFromNoteDialog({ note, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<EventFromNote>(() => {
    const title = titleFrom(note.text);
    const shortened = title !== firstLine(note.text);
    return { title, date: '', purpose: shortened ? note.text.trim() : afterFirstLine(note.text) };
  });
  const [error, setError] = useState('');
  const set = (key: keyof EventFromNote, value: string): void => setValues((v) => ({ ...v, [key]: value }));
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (values.title.trim() === '') setError(t('inbox.newEvent.titleRequired'));
    else onSave(values);
  };

  return (
    <Dialog title={t('inbox.newEvent.title')} onClose={onCancel} className="dialog-wide">
      <form aria-label={t('inbox.newEvent.title')} onSubmit={submit} noValidate>
        <div className="field-row inbox-event-row">
          <div className="field">
            <label htmlFor={`${id}-title`}>{t('inbox.newEvent.eventTitle')}</label>
            <input
              id={`${id}-title`}
              value={values.title}
              autoFocus
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(e) => {
                set('title', e.target.value);
                setError('');
              }}
            />
          </div>
          <div className="field inbox-event-date">
            <label htmlFor={`${id}-date`}>{t('inbox.newEvent.date')}</label>
            <DayInput id={`${id}-date`} value={values.date} onDay={(date) => set('date', date)} />
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-purpose`}>{t('inbox.newEvent.purpose')}</label>
          <textarea
            id={`${id}-purpose`}
            rows={4}
            value={values.purpose}
            onChange={(e) => set('purpose', e.target.value)}
          />
        </div>
        {error && (
          <p id={`${id}-error`} className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="button" className="button-quiet" onClick={onCancel}>
            {t('inbox.cancel')}
          </button>
          <button type="submit" className="button-primary">
            {t('inbox.newEvent.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
