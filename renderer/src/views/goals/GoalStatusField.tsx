// Active, achieved or dropped: a small radio group (arrow keys move between the three, as in any radio group).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { GOAL_STATUSES, type GoalStatus } from '@shared/schema';

export function GoalStatusField({ status, onChange }: { status: GoalStatus; onChange: (status: GoalStatus) => void }) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="goal-status">
      <legend>{t('goals.status.label')}</legend>
      <div className="goal-status-options">
        {GOAL_STATUSES.map((value) => (
          <label key={value} className={value === status ? 'goal-status-option checked' : 'goal-status-option'}>
            <input type="radio" name={name} value={value} checked={value === status} onChange={() => onChange(value)} />
            <span>{t(`goals.status.${value}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
