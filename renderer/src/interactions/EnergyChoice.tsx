// Five quiet steps from drained to energised, as a radio group (arrow keys move between them), or none.
// Each group has its own name, so two on one screen (a page and the log dialog over it) never share a choice.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Energy } from '@shared/schema';

const STEPS: Energy[] = [1, 2, 3, 4, 5];

export function EnergyChoice({
  value,
  onChange,
  legend,
}: {
  value: Energy | undefined;
  onChange: (energy: Energy | undefined) => void;
  /** The question asked; "How did it feel?" unless given (a reflection asks "How I feel"). */
  legend?: string;
}) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="energy-choice">
      <legend>{legend ?? t('interactions.energyLabel')}</legend>
      <div className="energy-steps">
        <label className={value === undefined ? 'energy-step chosen' : 'energy-step'}>
          <input type="radio" name={name} checked={value === undefined} onChange={() => onChange(undefined)} />
          <span>{t('interactions.energyNone')}</span>
        </label>
        {STEPS.map((step) => (
          <label key={step} className={value === step ? 'energy-step chosen' : 'energy-step'}>
            <input type="radio" name={name} checked={value === step} onChange={() => onChange(step)} />
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
