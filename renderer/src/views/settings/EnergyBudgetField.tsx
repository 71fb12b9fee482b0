// The weekly energy budget: points per week, saved as soon as the field holds a valid number (0 turns it
// off), in the style of the weekly outreach target beside it.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ENERGY_BUDGET, setEnergyBudget } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { parseEnergyBudget } from './energy-budget';

export function EnergyBudgetField({ budget }: { budget: number }) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const id = useId();
  const [typed, setTyped] = useState<string | null>(null);
  const invalid = typed !== null && parseEnergyBudget(typed) === undefined;

  return (
    <div className="field settings-target">
      <label htmlFor={id}>{t('settings.energy.label')}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={MAX_ENERGY_BUDGET}
        step={1}
        value={typed ?? String(budget)}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-hint`}
        onFocus={() => setTyped(String(budget))}
        onBlur={() => setTyped(null)}
        onChange={(e) => {
          setTyped(e.target.value);
          const n = parseEnergyBudget(e.target.value);
          if (n !== undefined && n !== budget) edit(() => setEnergyBudget(doc, n));
        }}
      />
      <p
        id={`${id}-hint`}
        className={invalid ? 'form-error settings-target-hint' : 'hint settings-target-hint'}
        role={invalid ? 'alert' : undefined}
      >
        {invalid
          ? t('settings.energy.invalid', { max: MAX_ENERGY_BUDGET })
          : t('settings.energy.hint', { max: MAX_ENERGY_BUDGET })}
      </p>
    </div>
  );
}
