// The two numbers of a keep-in-touch rhythm: ideally every N days, at the latest after M days. Saved as the
// user types whenever the pair makes sense (M ≥ N); an empty pair removes the rhythm.
import { useId, useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { updateContact, type Cadence } from '@shared/schema';
import { parseCadence, type TypedCadence } from './cadence-input';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';

export function CadenceFields({ contactId, cadence }: { contactId: string; cadence: Cadence | undefined }) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const id = useId();
  const stored: TypedCadence = {
    ideal: cadence ? String(cadence.idealDays) : '',
    max: cadence ? String(cadence.maxDays) : '',
  };
  const [typed, setTyped] = useState<TypedCadence | null>(null);
  const shown = typed ?? stored;
  const meaning = parseCadence(shown);

  const change = (next: TypedCadence): void => {
    setTyped(next);
    const value = parseCadence(next);
    if (value === 'invalid' || value === 'incomplete') return;
    edit(() => updateContact(doc, contactId, { cadence: value }));
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>): void => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setTyped(null);
  };

  return (
    <div className="contact-cadence-fields" onFocus={() => setTyped((current) => current ?? stored)} onBlur={onBlur}>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-ideal`}>{t('contact.cadence.ideal')}</label>
          <input
            id={`${id}-ideal`}
            type="number"
            min={1}
            inputMode="numeric"
            value={shown.ideal}
            onChange={(e) => change({ ...shown, ideal: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-max`}>{t('contact.cadence.max')}</label>
          <input
            id={`${id}-max`}
            type="number"
            min={1}
            inputMode="numeric"
            value={shown.max}
            aria-invalid={meaning === 'invalid'}
            aria-describedby={meaning === 'invalid' ? `${id}-invalid` : undefined}
            onChange={(e) => change({ ...shown, max: e.target.value })}
          />
        </div>
      </div>
      {meaning === 'invalid' && (
        <p id={`${id}-invalid`} className="form-error">
          {t('contact.cadence.invalid')}
        </p>
      )}
    </div>
  );
}
