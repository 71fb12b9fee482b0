// Five quiet steps from drained to energised, as a radio group (arrow keys move between them), or none.
import { useTranslation } from 'react-i18next';
import type { Energy } from '@shared/schema';

const STEPS: Energy[] = [1, 2, 3, 4, 5];

export function EnergyChoice({
  value,
  onChange,
}: {
  value: Energy | undefined;
  onChange: (energy: Energy | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="energy-choice">
      <legend>{t('interactions.energyLabel')}</legend>
      <div className="energy-steps">
        <label className={value === undefined ? 'energy-step chosen' : 'energy-step'}>
          <input type="radio" name="energy" checked={value === undefined} onChange={() => onChange(undefined)} />
          <span>{t('interactions.energyNone')}</span>
        </label>
        {STEPS.map((step) => (
          <label key={step} className={value === step ? 'energy-step chosen' : 'energy-step'}>
            <input type="radio" name="energy" checked={value === step} onChange={() => onChange(step)} />
            <span className="energy-dots" aria-hidden="true">
              {'●'.repeat(step)}
            </span>
            <span>{t(`interactions.energy.${step}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
