// Outreach per week: new people reached out to, against the weekly challenge.
import { useTranslation } from 'react-i18next';
import type { OutreachInsight } from '@shared/insights';
import { ChartCard } from './ChartCard';
import { ColumnChart } from './ColumnChart';
import { InsightTable } from './InsightTable';
import { compared, weekLabel, weekName, whole } from './wording';

export function OutreachCard({ data, weeks }: { data: OutreachInsight; weeks: number }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const target = data.target;
  const onTarget =
    target === 0
      ? ''
      : data.weeksOnTarget > 0
        ? t('insights.outreach.onTarget', { count: data.weeksOnTarget, target })
        : t('insights.outreach.noneOnTarget', { target });
  const sentence = `${compared(t, 'insights.outreach.sentence', data.total, weeks)} ${onTarget}`.trim();
  return (
    <ChartCard
      title={t('insights.outreach.title')}
      sentence={sentence}
      chart={
        <ColumnChart
          label={t('insights.outreach.chart')}
          line={target}
          columns={data.weeks.map((w) => ({ key: w.start, label: weekLabel(t, w.start), value: w.reachedOut }))}
        />
      }
      table={
        <InsightTable
          caption={t('insights.outreach.caption')}
          headers={[t('insights.week'), t('insights.outreach.newPeople'), t('insights.outreach.target')]}
          rows={data.weeks.map((w) => ({
            key: w.start,
            cells: [weekName(t, w.start, locale), whole(w.reachedOut, locale), whole(target, locale)],
          }))}
        />
      }
    />
  );
}
