// "Record what happened": the energy it took, and who I met — pre-filled with the people I wanted to meet —
// with a line and an optional next step each. Saving is one undoable step (recordAftermath).
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getContact, recordAftermath, updateEvent, type JournalEvent } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { separateUndoSteps } from '../../data/undo';
import { Dialog } from '../../ui/Dialog';
import { EnergyCostChoice } from './EnergyCostChoice';
import { MetPersonFields } from './MetPersonFields';
import { addName, initialForm, toAftermath, wantedAfter, type AftermathForm } from './aftermath-form';

interface Props {
  event: JournalEvent;
  onClose: () => void;
  /** Called with the ids of everyone recorded as met in this save. */
  onSaved: (contactIds: string[]) => void;
}

export function AftermathDialog({ event, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const id = useId();
  const start = useMemo(
    () =>
      initialForm(event, (cid) => {
        const contact = getContact(doc, cid);
        return contact && !contact.deletedAt ? contact.name : undefined;
      }),
    // The form starts from the event as it was when the dialog opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const [form, setForm] = useState<AftermathForm>(start);
  const [newName, setNewName] = useState('');
  const [error, setError] = useState('');

  const add = (): void => {
    setForm((f) => ({ ...f, people: [...addName(f.people, newName)] }));
    setNewName('');
  };
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const energy = form.energy;
    if (energy === undefined) {
      setError(t('events.dialog.energyRequired'));
      return;
    }
    separateUndoSteps(doc);
    const result = edit(() => {
      const recorded = recordAftermath(
        doc,
        event.id,
        toAftermath({ ...form, energy }),
        new Date(),
        t('events.after.fallbackLine'),
      );
      updateEvent(doc, event.id, wantedAfter(event, form.people, recorded.contactIds));
      return recorded;
    });
    separateUndoSteps(doc);
    onSaved(result.contactIds);
  };

  return (
    <Dialog title={t('events.dialog.title')} onClose={onClose} className="dialog-wide aftermath-dialog">
      <form onSubmit={submit} noValidate aria-label={t('events.dialog.title')}>
        <EnergyCostChoice
          legend={t('events.after.energySpent')}
          value={form.energy}
          describedBy={error ? `${id}-error` : undefined}
          onChange={(energy) => {
            setForm((f) => ({ ...f, energy }));
            setError('');
          }}
        />
        {error && (
          <p id={`${id}-error`} className="form-error" role="alert">
            {error}
          </p>
        )}
        <fieldset className="met-people">
          <legend>{t('events.dialog.met')}</legend>
          <p className="hint">{t(form.people.length > 0 ? 'events.dialog.metHint' : 'events.dialog.nobodyYet')}</p>
          {form.people.length > 0 && (
            <ul className="met-person-list">
              {form.people.map((person) => (
                <MetPersonFields
                  key={person.key}
                  person={person}
                  onChange={(next) =>
                    setForm((f) => ({ ...f, people: f.people.map((p) => (p.key === next.key ? next : p)) }))
                  }
                />
              ))}
            </ul>
          )}
          <div className="event-add-row">
            <input
              aria-label={t('events.dialog.addName')}
              placeholder={t('events.dialog.addNamePlaceholder')}
              value={newName}
              onChange={(e) => setNewName(e.target.value)}
              onKeyDown={(e) => {
                if (e.key !== 'Enter') return;
                e.preventDefault();
                add();
              }}
            />
            <button type="button" className="button-quiet button-small" onClick={add} disabled={newName.trim() === ''}>
              {t('events.dialog.add')}
            </button>
          </div>
        </fieldset>
        <div className="actions">
          <button type="button" className="button-quiet" onClick={onClose}>
            {t('events.dialog.cancel')}
          </button>
          <button type="submit" className="button-primary">
            {t('events.dialog.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
