// Goals and the people for them: each active goal's people by stage, and a kind pointer, with a link to the
// goal's page (where people are picked), for a goal whose people are all still identified.
import { useTranslation } from 'react-i18next';
import { STAGES } from '@shared/schema';
import type { GoalPeopleInsight } from '@shared/insights';
import { routeHref } from '../../nav/route';
import { ChartCard } from './ChartCard';
import { InsightTable } from './InsightTable';
import { Legend } from './Legend';
import { StackChart } from './StackChart';
import { compared, whole } from './wording';

const CHART_GOALS = 15;
const POINTERS = 5;

export function GoalsCard({ data, weeks }: { data: GoalPeopleInsight; weeks: number }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const title = (goal: { title: string }): string => goal.title || t('goals.untitled');
  const empty = data.goals.length === 0;
  const shown = data.goals.slice(0, CHART_GOALS);
  const waiting = data.goals.filter((g) => g.needsPerson).slice(0, POINTERS);
  return (
    <ChartCard
      title={t('insights.goals.title')}
      sentence={empty ? t('insights.goals.empty') : compared(t, 'insights.goals.sentence', data.reachedOut, weeks)}
      empty={empty}
      chart={
        <>
          <StackChart
            label={t('insights.goals.chart')}
            stacks={shown.map((g) => ({
              key: g.id,
              label: title(g),
              parts: STAGES.map((s) => ({ key: s, value: g.byStage[s] })),
            }))}
          />
          <Legend items={STAGES.map((s) => ({ tone: s, text: t(`pipeline.stages.${s}`) }))} />
          {data.goals.length > shown.length && (
            <p className="muted insight-note">
              {t('insights.goals.topOnly', { count: shown.length, total: data.goals.length })}
            </p>
          )}
        </>
      }
      table={
        <InsightTable
          caption={t('insights.goals.caption')}
          headers={[
            t('insights.goals.goal'),
            ...STAGES.map((s) => t(`pipeline.stages.${s}`)),
            t('insights.goals.total'),
          ]}
          rows={data.goals.map((g) => ({
            key: g.id,
            cells: [title(g), ...STAGES.map((s) => whole(g.byStage[s], locale)), whole(g.people, locale)],
          }))}
        />
      }
    >
      {waiting.length > 0 && (
        <ul className="insight-pointers">
          {waiting.map((g) => (
            <li key={g.id}>
              <span>{t('insights.goals.waiting', { goal: title(g) })}</span>{' '}
              <a href={routeHref({ view: 'goal', id: g.id })}>{t('insights.goals.pick', { goal: title(g) })}</a>
            </li>
          ))}
        </ul>
      )}
    </ChartCard>
  );
}
