// This week's social energy: what was spent and what is planned against the weekly budget, with a calm bar.
// When the week (or the coming seven days) holds more than the budget it says so once, kindly; no red.
import { useTranslation } from 'react-i18next';
import type { WeekEnergy } from '@shared/schema';
import { routeHref } from '../../nav/route';
import { ProgressBar } from '../goals/ProgressBar';

export function EnergyItem({ energy }: { energy: WeekEnergy }) {
  const { t } = useTranslation();
  const { spent, planned, budget, full } = energy;
  const used = spent + planned;
  const summary = t(used > budget ? 'today.energy.summaryOver' : 'today.energy.summary', {
    used,
    budget,
    spent,
    planned,
  });
  return (
    <section className="panel today-aside" data-today-item aria-labelledby="today-energy">
      <h3 id="today-energy">{t('today.energy.heading')}</h3>
      <p className="today-energy-summary">{summary}</p>
      <ProgressBar
        label={t('today.energy.bar')}
        value={used}
        max={budget}
        text={summary}
        className="today-energy-bar"
      />
      <p className="today-energy-word">
        {full ? t('today.energy.full') : t('today.energy.room', { count: Math.max(0, budget - used) })}
      </p>
      <a data-main className="today-quiet-link" href={routeHref({ view: 'settings' })}>
        {t('today.energy.change')}
      </a>
    </section>
  );
}
