// How much social energy an event takes (before) or took (after): five quiet steps as a radio group, the same
// look as "How did it feel?" on interactions. Arrow keys move between the steps.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnergyCost } from '@shared/schema';
import '../../interactions/interactions.css';

const STEPS: EnergyCost[] = [1, 2, 3, 4, 5];

interface Props {
  legend: string;
  value: EnergyCost | undefined;
  onChange: (energy: EnergyCost | undefined) => void;
  /** Offer "Not set" as a first step (the plan may leave it open; the aftermath may not). */
  optional?: boolean;
  /** Id of a kind message shown next to the steps, if any. */
  describedBy?: string;
}

export function EnergyCostChoice({ legend, value, onChange, optional, describedBy }: Props) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="energy-choice event-energy" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <div className="energy-steps">
        {optional && (
          <label className={value === undefined ? 'energy-step chosen' : 'energy-step'}>
            <input type="radio" name={name} checked={value === undefined} onChange={() => onChange(undefined)} />
            <span>{t('events.energy.none')}</span>
          </label>
        )}
        {STEPS.map((step) => (
          <label key={step} className={value === step ? 'energy-step chosen' : 'energy-step'}>
            <input type="radio" name={name} checked={value === step} onChange={() => onChange(step)} />
            <span className="energy-dots" aria-hidden="true">
              {'●'.repeat(step)}
            </span>
            <span>{t(`events.energy.${step}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
