// Correcting a logged interaction: when, what kind, with whom, what happened and how it felt. Saving is
// one undoable edit; Cancel leaves it exactly as it was.
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INTERACTION_KINDS,
  isDay,
  updateInteraction,
  type Energy,
  type Interaction,
  type InteractionKind,
} from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useContacts } from '../../data/use-contacts';
import { useEdit } from '../../data/use-edit';
import { Dialog } from '../../ui/Dialog';
import { EntityPicker } from '../../ui/EntityPicker';
import { EnergyChoice } from '../../interactions/EnergyChoice';
import '../../interactions/interactions.css';

export function EditInteractionDialog({ interaction, onClose }: { interaction: Interaction; onClose: () => void }) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const contacts = useContacts();
  const options = useMemo(
    () => contacts.map((c) => ({ id: c.id, label: c.name, detail: c.company || c.role || undefined })),
    [contacts],
  );
  const [people, setPeople] = useState(interaction.contactIds);
  const [date, setDate] = useState(interaction.date);
  const [kind, setKind] = useState<InteractionKind>(interaction.kind);
  const [summary, setSummary] = useState(interaction.summary);
  const [notes, setNotes] = useState(interaction.notes);
  const [energy, setEnergy] = useState<Energy | undefined>(interaction.energy);
  const [error, setError] = useState('');

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (people.length === 0) {
      setError(t('contact.timeline.peopleRequired'));
      return;
    }
    edit(() =>
      updateInteraction(doc, interaction.id, {
        contactIds: people,
        date: isDay(date) ? date : undefined,
        kind,
        summary,
        notes,
        energy: energy ?? null,
      }),
    );
    onClose();
  };

  return (
    <Dialog title={t('contact.timeline.editTitle')} onClose={onClose} className="dialog-wide">
      <form onSubmit={submit} aria-label={t('contact.timeline.editTitle')} noValidate>
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
            <label htmlFor="edit-interaction-date">{t('interactions.date')}</label>
            <input id="edit-interaction-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="edit-interaction-kind">{t('interactions.kindLabel')}</label>
            <select
              id="edit-interaction-kind"
              value={kind}
              onChange={(e) => setKind(e.target.value as InteractionKind)}
            >
              {INTERACTION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`interactions.kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field">
          <label htmlFor="edit-interaction-summary">{t('interactions.summary')}</label>
          <textarea
            id="edit-interaction-summary"
            rows={2}
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="edit-interaction-notes">{t('contact.timeline.notes')}</label>
          <textarea id="edit-interaction-notes" rows={4} value={notes} onChange={(e) => setNotes(e.target.value)} />
        </div>
        <EnergyChoice value={energy} onChange={setEnergy} />
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="button" className="button-quiet" onClick={onClose}>
            {t('contact.timeline.cancel')}
          </button>
          <button type="submit" className="button-primary">
            {t('contact.timeline.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
