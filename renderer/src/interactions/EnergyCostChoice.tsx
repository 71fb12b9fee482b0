// "Energy it took", 0–5, beside "How did it feel?": the kind's usual cost is chosen until the user picks
// another (undefined = the kind's default, so it follows a change of kind).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_ENERGY_COST, type InteractionKind } from '@shared/schema';
import { StepChoice } from '../ui/StepChoice';

const COSTS = [0, 1, 2, 3, 4, 5] as const;

interface Props {
  kind: InteractionKind;
  value: number | undefined;
  onChange: (cost: number) => void;
}

export function EnergyCostChoice({ kind, value, onChange }: Props) {
  const { t } = useTranslation();
  const hint = useId();
  return (
    <StepChoice
      legend={t('interactions.energyCost')}
      steps={COSTS}
      value={value ?? DEFAULT_ENERGY_COST[kind]}
      onChange={(cost) => cost !== undefined && onChange(cost)}
      label={String}
      className="energy-cost"
      describedBy={hint}
    >
      <p id={hint} className="hint energy-cost-hint">
        {value === undefined ? t('interactions.energyCostUsual') : t('interactions.energyCostScale')}
      </p>
    </StepChoice>
  );
}
