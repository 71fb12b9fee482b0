// A note about someone becomes a new contact: the name guessed from the note's first line (shown, so it can
// be changed), and the note itself as why this person is interesting.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxNote } from '@shared/schema';
import { Dialog } from '../../ui/Dialog';
import { guessName } from './note-text';

interface Props {
  note: InboxNote;
  onSave: (contact: { name: string; why: string }) => void;
  onCancel: () => void;
}

export function ContactFromNoteDialog({ note, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [guess] = useState(() => guessName(note.text));
  const [name, setName] = useState(guess);
  const [why, setWhy] = useState(note.text);
  const [error, setError] = useState('');
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (name.trim() === '') setError(t('inbox.newContact.nameRequired'));
    else onSave({ name: name.trim(), why });
  };
  const described = [guess && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');

  return (
    <Dialog title={t('inbox.newContact.title')} onClose={onCancel}>
      <form aria-label={t('inbox.newContact.title')} onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('inbox.newContact.name')}</label>
          <input
            id={`${id}-name`}
            value={name}
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={described || undefined}
            onChange={(e) => {
              setName(e.target.value);
              setError('');
            }}
          />
          {guess && (
            <p id={`${id}-hint`} className="hint">
              {t('inbox.newContact.nameHint')}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-why`}>{t('inbox.newContact.why')}</label>
          <textarea id={`${id}-why`} rows={4} value={why} onChange={(e) => setWhy(e.target.value)} />
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
            {t('inbox.newContact.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
