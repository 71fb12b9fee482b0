// A note becomes the next step with someone: pick the person, keep or reword the step, give it a day if
// that helps. A person has one next step, so the one it replaces is shown before saving.
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxNote, NextStep } from '@shared/schema';
import { useContacts } from '../../data/use-contacts';
import { Dialog } from '../../ui/Dialog';
import { EntityPicker } from '../../ui/EntityPicker';
import { DayInput } from '../../day-field/DayInput';

interface Props {
  note: InboxNote;
  onSave: (contactId: string, step: NextStep) => void;
  onCancel: () => void;
}

/** A next step is one line: the note's lines joined. */
function oneLine(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}

export function StepFromNoteDialog({ note, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const contacts = useContacts();
  const options = useMemo(
    () => contacts.map((c) => ({ id: c.id, label: c.name, detail: c.company || c.role || undefined })),
    [contacts],
  );
  const [contactId, setContactId] = useState<string | undefined>();
  const [text, setText] = useState(() => oneLine(note.text));
  const [due, setDue] = useState('');
  const [error, setError] = useState('');
  const current = contacts.find((c) => c.id === contactId);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!contactId) setError(t('inbox.newStep.personRequired'));
    else if (text.trim() === '') setError(t('inbox.newStep.textRequired'));
    else onSave(contactId, { text: text.trim(), due: due || undefined });
  };
  const cancel = (
    <button type="button" className="button-quiet" onClick={onCancel} autoFocus={contacts.length === 0}>
      {t('inbox.cancel')}
    </button>
  );

  return (
    <Dialog title={t('inbox.newStep.title')} onClose={onCancel}>
      {contacts.length === 0 ? (
        <>
          <p className="dialog-body">{t('inbox.newStep.noPeople')}</p>
          <div className="actions">{cancel}</div>
        </>
      ) : (
        <form aria-label={t('inbox.newStep.title')} onSubmit={submit} noValidate>
          <EntityPicker
            label={t('inbox.newStep.person')}
            options={options}
            selected={contactId ? [contactId] : []}
            onAdd={(cid) => {
              setContactId(cid);
              setError('');
            }}
            onRemove={() => setContactId(undefined)}
          />
          {current?.nextStep && (
            <p className="hint inbox-replaces">
              {t('inbox.newStep.replaces', { name: current.name, step: current.nextStep.text })}
            </p>
          )}
          <div className="field">
            <label htmlFor={`${id}-text`}>{t('inbox.newStep.text')}</label>
            <input
              id={`${id}-text`}
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                setError('');
              }}
            />
          </div>
          <div className="field inbox-step-due">
            <label htmlFor={`${id}-due`}>{t('inbox.newStep.due')}</label>
            <DayInput id={`${id}-due`} value={due} onDay={setDue} />
          </div>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="actions">
            {cancel}
            <button type="submit" className="button-primary">
              {t('inbox.newStep.save')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
