// Insights (#/insights): how the practice has gone over the last 4, 12, 26 or 52 weeks — outreach, energy,
// pipeline flow, who gives energy, goals' people and circles — each as a sentence, a chart and a table.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDay } from '@shared/schema';
import type { PeriodWeeks } from '@shared/insights';
import { CirclesCard } from './CirclesCard';
import { EnergyCard } from './EnergyCard';
import { FlowCard } from './FlowCard';
import { GoalsCard } from './GoalsCard';
import { OutreachCard } from './OutreachCard';
import { PeopleCard } from './PeopleCard';
import { PeriodChoice } from './PeriodChoice';
import { useInsights } from './use-insights';
import './insights.css';

export function InsightsView() {
  const { t } = useTranslation();
  const [today] = useState(() => localDay(new Date()));
  const [weeks, setWeeks] = useState<PeriodWeeks>(12);
  const data = useInsights(today, weeks);
  return (
    <section className="view insights-view" aria-labelledby="insights-heading">
      <div className="view-head">
        <div>
          <h2 id="insights-heading">{t('insights.title')}</h2>
          <p className="muted">{t('insights.lead')}</p>
        </div>
      </div>
      <PeriodChoice value={weeks} onChange={setWeeks} />
      <div className="insight-grid">
        <OutreachCard data={data.outreach} weeks={weeks} />
        <EnergyCard data={data.energy} weeks={weeks} />
        <FlowCard data={data.flow} weeks={weeks} />
        <PeopleCard data={data.energyPeople} weeks={weeks} />
        <GoalsCard data={data.goals} weeks={weeks} />
        <CirclesCard data={data.circles} weeks={weeks} />
      </div>
    </section>
  );
}
