// How a reflection left me, quietly: filled and empty dots, with the word beside them (the dots are decoration).
import type { TFunction } from 'i18next';
import type { Energy } from '@shared/schema';
import './reflections.css';

export function EnergyDots({ energy, t }: { energy: Energy; t: TFunction }) {
  return (
    <span className="reflection-energy">
      <span aria-hidden="true" className="reflection-energy-dots">
        {'●'.repeat(energy)}
        <span className="reflection-energy-rest">{'●'.repeat(5 - energy)}</span>
      </span>
      <span>{t(`interactions.energy.${energy}`)}</span>
    </span>
  );
}
