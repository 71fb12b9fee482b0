// Who gives you energy: people with three or more interactions in the period, by how they felt on average.
import { useTranslation } from 'react-i18next';
import { CHART_PEOPLE, type EnergyPeopleInsight } from '@shared/insights/energy-people';
import { ChartCard } from './ChartCard';
import { InsightTable } from './InsightTable';
import { RowChart } from './RowChart';
import { compared, decimal, whole } from './wording';

export function PeopleCard({ data, weeks }: { data: EnergyPeopleInsight; weeks: number }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const empty = data.people.length === 0;
  const shown = data.people.slice(0, CHART_PEOPLE);
  return (
    <ChartCard
      title={t('insights.people.title')}
      sentence={
        empty ? t('insights.people.empty', { weeks }) : compared(t, 'insights.people.sentence', data.energising, weeks)
      }
      empty={empty}
      chart={
        <>
          <RowChart
            label={t('insights.people.chart')}
            min={1}
            max={5}
            rows={shown.map((p) => ({
              key: p.id,
              label: p.name,
              value: p.feeling,
              valueText: decimal(p.feeling, locale),
              tone: p.feeling >= 4 ? undefined : 'insight-bar-soft',
            }))}
          />
          {data.people.length > shown.length && (
            <p className="muted insight-note">
              {t('insights.people.topOnly', { count: shown.length, total: data.people.length })}
            </p>
          )}
        </>
      }
      table={
        <InsightTable
          caption={t('insights.people.caption')}
          headers={[t('insights.people.person'), t('insights.people.interactions'), t('insights.people.feeling')]}
          rows={data.people.map((p) => ({
            key: p.id,
            cells: [p.name, whole(p.interactions, locale), decimal(p.feeling, locale)],
          }))}
        />
      }
    />
  );
}
