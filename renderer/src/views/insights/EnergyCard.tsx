// Energy per week: what it took against the weekly budget, and how it felt on average (dots, 1–5).
import { useTranslation } from 'react-i18next';
import type { EnergyInsight } from '@shared/insights';
import { ChartCard } from './ChartCard';
import { ColumnChart } from './ColumnChart';
import { InsightTable } from './InsightTable';
import { Legend } from './Legend';
import { compared, decimal, weekLabel, weekName, whole } from './wording';

export function EnergyCard({ data, weeks }: { data: EnergyInsight; weeks: number }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const parts = [compared(t, 'insights.energy.sentence', data.spent, weeks)];
  if (data.feeling.current !== undefined)
    parts.push(t('insights.energy.felt', { feeling: decimal(data.feeling.current, locale) }));
  if (data.budget > 0)
    parts.push(
      data.weeksOverBudget > 0
        ? t('insights.energy.overBudget', { count: data.weeksOverBudget, budget: data.budget })
        : t('insights.energy.withinBudget', { budget: data.budget }),
    );
  const sentence = data.hasData ? parts.join(' ') : t('insights.energy.empty', { weeks });
  return (
    <ChartCard
      title={t('insights.energy.title')}
      sentence={sentence}
      empty={!data.hasData}
      chart={
        <>
          <ColumnChart
            label={t('insights.energy.chart')}
            line={data.budget}
            columns={data.weeks.map((w) => ({
              key: w.start,
              label: weekLabel(t, w.start),
              value: w.spent,
              dot: w.feeling,
            }))}
          />
          <Legend
            items={[
              { tone: 'bar', text: t('insights.energy.spent') },
              ...(data.budget > 0 ? [{ tone: 'line', text: t('insights.energy.budget') }] : []),
              { tone: 'dot', text: t('insights.energy.legendFeeling') },
            ]}
          />
        </>
      }
      table={
        <InsightTable
          caption={t('insights.energy.caption')}
          headers={[
            t('insights.week'),
            t('insights.energy.spent'),
            t('insights.energy.budget'),
            t('insights.energy.feeling'),
          ]}
          rows={data.weeks.map((w) => ({
            key: w.start,
            cells: [
              weekName(t, w.start, locale),
              whole(w.spent, locale),
              data.budget > 0 ? whole(data.budget, locale) : '—',
              w.feeling === undefined ? '—' : decimal(w.feeling, locale),
            ],
          }))}
        />
      }
    />
  );
}
