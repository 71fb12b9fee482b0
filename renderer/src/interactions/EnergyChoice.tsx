// Five quiet steps from drained to energised, or none: how an interaction felt, or how I feel in a reflection.
import { useTranslation } from 'react-i18next';
import type { Energy } from '@shared/schema';
import { StepChoice } from '../ui/StepChoice';

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
  return (
    <StepChoice
      legend={legend ?? t('interactions.energyLabel')}
      steps={STEPS}
      value={value}
      onChange={onChange}
      label={(step) => t(`interactions.energy.${step}`)}
      dots
      noneLabel={t('interactions.energyNone')}
    />
  );
}
