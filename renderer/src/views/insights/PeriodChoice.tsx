// The period Insights looks at: the last 4, 12, 26 or 52 weeks, as a group of radio buttons (arrow keys
// move between them, as in any radio group).
import { useTranslation } from 'react-i18next';
import { PERIOD_WEEKS, type PeriodWeeks } from '@shared/insights';

export function PeriodChoice({ value, onChange }: { value: PeriodWeeks; onChange: (weeks: PeriodWeeks) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="insight-period">
      <legend className="sr-only">{t('insights.period')}</legend>
      {PERIOD_WEEKS.map((weeks) => (
        <label key={weeks} className={weeks === value ? 'insight-period-on' : undefined}>
          <input
            type="radio"
            name="insights-period"
            value={weeks}
            checked={weeks === value}
            onChange={() => onChange(weeks)}
          />
          {t(`insights.periods.${weeks}`)}
        </label>
      ))}
    </fieldset>
  );
}
