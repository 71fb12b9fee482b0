// Circles: days since each circle last met, with its rhythm marked across the bar.
import { useTranslation } from 'react-i18next';
import type { CirclesInsight } from '@shared/insights';
import { formatDay } from '../contact/contact-wording';
import { ChartCard } from './ChartCard';
import { InsightTable } from './InsightTable';
import { Legend } from './Legend';
import { RowChart } from './RowChart';
import { compared, whole } from './wording';

const CHART_CIRCLES = 15;

export function CirclesCard({ data, weeks }: { data: CirclesInsight; weeks: number }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const empty = data.circles.length === 0;
  const due = data.circles.filter((c) => c.state === 'due').length;
  const anyRhythm = data.circles.some((c) => c.rhythmDays !== undefined && c.lastMet !== undefined);
  const after =
    due > 0 ? t('insights.circles.due', { count: due }) : anyRhythm ? t('insights.circles.allOnRhythm') : '';
  const sentence = empty
    ? t('insights.circles.empty')
    : `${compared(t, 'insights.circles.sentence', data.meetings, weeks)} ${after}`.trim();
  const shown = data.circles.slice(0, CHART_CIRCLES);
  const name = (c: { name: string }): string => c.name || t('circles.untitled');
  const days = (n: number | undefined): string =>
    n === undefined ? t('insights.circles.never') : t('insights.circles.days', { count: n });
  return (
    <ChartCard
      title={t('insights.circles.title')}
      sentence={sentence}
      empty={empty}
      chart={
        <>
          <RowChart
            label={t('insights.circles.chart')}
            rows={shown.map((c) => ({
              key: c.id,
              label: name(c),
              value: c.daysSince ?? 0,
              valueText: days(c.daysSince),
              mark: c.rhythmDays,
              tone: c.state === 'due' ? 'insight-bar-warm' : undefined,
            }))}
          />
          <Legend
            items={[
              { tone: 'bar', text: t('insights.circles.daysSince') },
              { tone: 'mark', text: t('insights.circles.rhythmMark') },
            ]}
          />
          {data.circles.length > shown.length && (
            <p className="muted insight-note">
              {t('insights.circles.topOnly', { count: shown.length, total: data.circles.length })}
            </p>
          )}
        </>
      }
      table={
        <InsightTable
          caption={t('insights.circles.caption')}
          headers={[
            t('insights.circles.circle'),
            t('insights.circles.lastMet'),
            t('insights.circles.daysSince'),
            t('insights.circles.rhythm'),
            t('insights.circles.state'),
          ]}
          rows={data.circles.map((c) => ({
            key: c.id,
            cells: [
              name(c),
              c.lastMet ? formatDay(c.lastMet, locale) : t('insights.circles.never'),
              c.daysSince === undefined ? '—' : whole(c.daysSince, locale),
              c.rhythm || t('insights.circles.noRhythm'),
              t(`insights.circles.states.${c.state}`),
            ],
          }))}
        />
      }
    />
  );
}
