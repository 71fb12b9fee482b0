// The fields of an interaction — with whom, when, what kind, what happened, how it felt and the energy it
// took — shared by
// "Log an interaction" and "Edit interaction". The caller decides what saving means.
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { INTERACTION_KINDS, type Energy, type InteractionKind } from '@shared/schema';
import { useContacts } from '../data/use-contacts';
import { EntityPicker } from '../ui/EntityPicker';
import { EnergyChoice } from './EnergyChoice';
import { EnergyCostChoice } from './EnergyCostChoice';
import './interactions.css';
import { DayInput } from '../day-field/DayInput';

export interface InteractionValues {
  contactIds: string[];
  date: string;
  kind: InteractionKind;
  summary: string;
  /** Longer text; only edited when the form shows the notes box. */
  notes: string;
  energy: Energy | undefined;
  /** 0–5 as the user chose it; undefined follows the kind's usual cost. */
  energyCost: number | undefined;
}

interface Props {
  label: string;
  initial: InteractionValues;
  /** Label of the longer-notes box; leave out to hide it. */
  notesLabel?: string;
  submitLabel: string;
  onSubmit: (values: InteractionValues) => void;
  onCancel: () => void;
}

export function InteractionForm({ label, initial, notesLabel, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const contacts = useContacts();
  const options = useMemo(
    () => contacts.map((c) => ({ id: c.id, label: c.name, detail: c.company || c.role || undefined })),
    [contacts],
  );
  const [values, setValues] = useState(initial);
  const [error, setError] = useState('');
  const set = <K extends keyof InteractionValues>(key: K, value: InteractionValues[K]): void =>
    setValues((v) => ({ ...v, [key]: value }));

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (values.contactIds.length === 0) setError(t('interactions.peopleRequired'));
    else onSubmit(values);
  };

  return (
    <form onSubmit={submit} aria-label={label} noValidate>
      <EntityPicker
        label={t('interactions.people')}
        options={options}
        selected={values.contactIds}
        onAdd={(cid) => {
          set('contactIds', [...values.contactIds, cid]);
          setError('');
        }}
        onRemove={(cid) =>
          set(
            'contactIds',
            values.contactIds.filter((x) => x !== cid),
          )
        }
      />
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('interactions.date')}</label>
          <DayInput id={`${id}-date`} value={values.date} onDay={(date) => set('date', date)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('interactions.kindLabel')}</label>
          <select
            id={`${id}-kind`}
            value={values.kind}
            onChange={(e) => set('kind', e.target.value as InteractionKind)}
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
        <label htmlFor={`${id}-summary`}>{t('interactions.summary')}</label>
        <textarea
          id={`${id}-summary`}
          rows={3}
          value={values.summary}
          placeholder={t('interactions.summaryPlaceholder')}
          onChange={(e) => set('summary', e.target.value)}
        />
      </div>
      {notesLabel && (
        <div className="field">
          <label htmlFor={`${id}-notes`}>{notesLabel}</label>
          <textarea id={`${id}-notes`} rows={4} value={values.notes} onChange={(e) => set('notes', e.target.value)} />
        </div>
      )}
      <div className="energy-row">
        <EnergyChoice value={values.energy} onChange={(energy) => set('energy', energy)} />
        <EnergyCostChoice kind={values.kind} value={values.energyCost} onChange={(cost) => set('energyCost', cost)} />
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button-quiet" onClick={onCancel}>
          {t('interactions.cancel')}
        </button>
        <button type="submit" className="button-primary">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
