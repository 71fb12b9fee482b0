// How much social energy an event takes (before) or took (after): five quiet steps, the same look as "How did
// it feel?" on interactions.
import { useTranslation } from 'react-i18next';
import type { EnergyCost } from '@shared/schema';
import { StepChoice } from '../../ui/StepChoice';

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
  return (
    <StepChoice
      legend={legend}
      steps={STEPS}
      value={value}
      onChange={onChange}
      label={(step) => t(`events.energy.${step}`)}
      dots
      noneLabel={optional ? t('events.energy.none') : undefined}
      className="event-energy"
      describedBy={describedBy}
    />
  );
}
