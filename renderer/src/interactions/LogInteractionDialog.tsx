// "Log an interaction" from anywhere (Ctrl/Cmd+Shift+L, the top bar, a contact page): with whom (one or
// several people), when, what kind, what happened and how it felt. Saving is one undoable edit.
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { INTERACTION_KINDS, localDay, logInteraction, type Energy, type InteractionKind } from '@shared/schema';
import { useJournal } from '../data/journal-context';
import { useContacts } from '../data/use-contacts';
import { useEdit } from '../data/use-edit';
import { Dialog } from '../ui/Dialog';
import { EntityPicker } from '../ui/EntityPicker';
import { EnergyChoice } from './EnergyChoice';
import './interactions.css';

interface Props {
  initialContactIds: string[];
  /** Called with a short confirmation when something was logged, or with nothing when cancelled. */
  onClose: (logged?: string) => void;
}

export function LogInteractionDialog({ initialContactIds, onClose }: Props) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const contacts = useContacts();
  const options = useMemo(
    () => contacts.map((c) => ({ id: c.id, label: c.name, detail: c.company || c.role || undefined })),
    [contacts],
  );
  const [people, setPeople] = useState<string[]>(() =>
    initialContactIds.filter((id) => contacts.some((c) => c.id === id)),
  );
  const [date, setDate] = useState(() => localDay(new Date()));
  const [kind, setKind] = useState<InteractionKind>('message');
  const [summary, setSummary] = useState('');
  const [energy, setEnergy] = useState<Energy | undefined>(undefined);
  const [error, setError] = useState('');

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (people.length === 0) {
      setError(t('interactions.peopleRequired'));
      return;
    }
    edit(() =>
      logInteraction(doc, { contactIds: people, date: date || undefined, kind, summary, energy: energy ?? null }),
    );
    const names = people.map((id) => contacts.find((c) => c.id === id)?.name ?? '').join(', ');
    onClose(t('interactions.saved', { count: people.length, names }));
  };

  return (
    <Dialog title={t('interactions.title')} onClose={() => onClose()} className="dialog-wide">
      {contacts.length === 0 ? (
        <>
          <p className="dialog-body">{t('interactions.noPeople')}</p>
          <div className="actions">
            <button type="button" className="button-primary" onClick={() => onClose()} autoFocus>
              {t('interactions.cancel')}
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={submit} aria-label={t('interactions.title')} noValidate>
          <EntityPicker
            label={t('interactions.people')}
            options={options}
            selected={people}
            onAdd={(id) => {
              setPeople((ids) => [...ids, id]);
              setError('');
            }}
            onRemove={(id) => setPeople((ids) => ids.filter((x) => x !== id))}
          />
          <div className="field-row">
            <div className="field">
              <label htmlFor="log-date">{t('interactions.date')}</label>
              <input id="log-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
            </div>
            <div className="field">
              <label htmlFor="log-kind">{t('interactions.kindLabel')}</label>
              <select id="log-kind" value={kind} onChange={(e) => setKind(e.target.value as InteractionKind)}>
                {INTERACTION_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`interactions.kind.${k}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="field">
            <label htmlFor="log-summary">{t('interactions.summary')}</label>
            <textarea
              id="log-summary"
              rows={3}
              value={summary}
              placeholder={t('interactions.summaryPlaceholder')}
              onChange={(e) => setSummary(e.target.value)}
            />
          </div>
          <EnergyChoice value={energy} onChange={setEnergy} />
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="actions">
            <button type="button" className="button-quiet" onClick={() => onClose()}>
              {t('interactions.cancel')}
            </button>
            <button type="submit" className="button-primary">
              {t('interactions.save')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
