// One Insights chart: its title, the sentence that says what it shows, and a "Show as table" toggle that
// swaps the chart for a table of the same numbers. The sentence comes first, so it is the chart's gist.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  sentence: string;
  /** Shown when there is nothing to draw: the sentence then explains, and there is no toggle. */
  empty?: boolean;
  chart: ReactNode;
  table: ReactNode;
  /** Below the chart or table: a note on the figures, a kind pointer. */
  children?: ReactNode;
}

export function ChartCard({ title, sentence, empty = false, chart, table, children }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  return (
    <section className="panel insight" aria-labelledby={`${id}-title`}>
      <div className="insight-head">
        <h3 id={`${id}-title`}>{title}</h3>
        {!empty && (
          <button
            type="button"
            className="button-quiet insight-toggle"
            aria-pressed={asTable}
            aria-controls={`${id}-body`}
            onClick={() => setAsTable((on) => !on)}
          >
            {t('insights.showTable')}
          </button>
        )}
      </div>
      <p className="insight-sentence">{sentence}</p>
      {!empty && (
        <div id={`${id}-body`} className="insight-body">
          {asTable ? table : chart}
        </div>
      )}
      {children}
    </section>
  );
}
