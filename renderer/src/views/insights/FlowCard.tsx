// Pipeline flow: moves between stages per month, and the funnel identified → in touch → relationship.
import { useTranslation } from 'react-i18next';
import type { PipelineFlowInsight } from '@shared/insights';
import { ChartCard } from './ChartCard';
import { ColumnChart } from './ColumnChart';
import { InsightTable } from './InsightTable';
import { RowChart } from './RowChart';
import { compared, monthName, percent, whole } from './wording';

export function FlowCard({ data, weeks }: { data: PipelineFlowInsight; weeks: number }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { identified, inTouch, relationship } = data.funnel;
  const funnel = [
    { key: 'identified', label: t('insights.flow.identified'), value: identified },
    { key: 'in-touch', label: t('insights.flow.inTouch'), value: inTouch },
    { key: 'relationship', label: t('insights.flow.relationship'), value: relationship },
  ];
  const sentence = `${compared(t, 'insights.flow.sentence', data.moves, weeks)} ${t('insights.flow.funnelSentence', {
    identified,
    inTouch: percent(inTouch, identified, locale),
    relationship: percent(relationship, identified, locale),
  })}`;
  return (
    <ChartCard
      title={t('insights.flow.title')}
      sentence={sentence}
      chart={
        <div className="insight-pair">
          <ColumnChart
            label={t('insights.flow.chart')}
            columns={data.months.map((m) => ({ key: m.month, label: monthName(m.month, locale), value: m.moves }))}
          />
          <RowChart
            label={t('insights.flow.funnelChart')}
            rows={funnel.map((f) => ({
              ...f,
              valueText: `${whole(f.value, locale)} · ${percent(f.value, identified, locale)}`,
              tone: `insight-stage insight-stage-${f.key}`,
            }))}
          />
        </div>
      }
      table={
        <div className="insight-pair">
          <InsightTable
            caption={t('insights.flow.caption')}
            headers={[t('insights.flow.month'), t('insights.flow.moves')]}
            rows={data.months.map((m) => ({
              key: m.month,
              cells: [monthName(m.month, locale, true), whole(m.moves, locale)],
            }))}
          />
          <InsightTable
            caption={t('insights.flow.funnelCaption')}
            headers={[t('insights.flow.stage'), t('insights.flow.people'), t('insights.flow.share')]}
            rows={funnel.map((f) => ({
              key: f.key,
              cells: [f.label, whole(f.value, locale), percent(f.value, identified, locale)],
            }))}
          />
        </div>
      }
    >
      <p className="muted insight-note">{t('insights.flow.note')}</p>
    </ChartCard>
  );
}
