// "Energy it took", 0–5, beside "How did it feel?": the kind's usual cost is chosen until the user picks
// another (undefined = the kind's default, so it follows a change of kind), as a small radio group.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_ENERGY_COST, type InteractionKind } from '@shared/schema';

const COSTS = [0, 1, 2, 3, 4, 5] as const;

interface Props {
  kind: InteractionKind;
  value: number | undefined;
  onChange: (cost: number) => void;
}

export function EnergyCostChoice({ kind, value, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const shown = value ?? DEFAULT_ENERGY_COST[kind];
  return (
    <fieldset className="energy-choice energy-cost" aria-describedby={`${id}-hint`}>
      <legend>{t('interactions.energyCost')}</legend>
      <div className="energy-steps">
        {COSTS.map((cost) => (
          <label key={cost} className={shown === cost ? 'energy-step cost-step chosen' : 'energy-step cost-step'}>
            <input type="radio" name={`${id}-cost`} checked={shown === cost} onChange={() => onChange(cost)} />
            <span>{cost}</span>
          </label>
        ))}
      </div>
      <p id={`${id}-hint`} className="hint energy-cost-hint">
        {value === undefined ? t('interactions.energyCostUsual') : t('interactions.energyCostScale')}
      </p>
    </fieldset>
  );
}
