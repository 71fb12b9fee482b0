// Horizontal bars, one row per person or circle, with an optional tick per row (a circle's rhythm). Rows are
// labelled in the chart; the same numbers are in the table.
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar, Line } from '@visx/shape';
import { CountAxis } from './CountAxis';
import { MARGIN, WIDTH } from './chart-frame';

const ROW = 26;
const LABEL = 150;

export interface Row {
  key: string;
  label: string;
  value: number;
  /** Text at the bar's end. */
  valueText: string;
  /** A mark across the row at this value (e.g. the rhythm's days). */
  mark?: number | undefined;
  /** A calm variant class for the bar ('insight-bar-soft'). */
  tone?: string | undefined;
}

interface Props {
  label: string;
  rows: readonly Row[];
  /** The scale's lowest value (1 for feelings). */
  min?: number;
  max?: number;
}

const clip = (text: string): string => (text.length > 24 ? `${text.slice(0, 23)}…` : text);

export function RowChart({ label, rows, min = 0, max }: Props) {
  const height = MARGIN.top + MARGIN.bottom + rows.length * ROW;
  const innerWidth = WIDTH - LABEL - MARGIN.right - 64;
  const top = max ?? Math.max(1, ...rows.map((r) => Math.max(r.value, r.mark ?? 0)));
  const y = scaleBand<string>({ domain: rows.map((r) => r.key), range: [0, rows.length * ROW], padding: 0.3 });
  const x = scaleLinear<number>({ domain: [min, top], range: [0, innerWidth], nice: max === undefined });
  return (
    <svg className="insight-chart" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={label}>
      <Group left={LABEL} top={MARGIN.top}>
        {rows.map((r) => {
          const at = y(r.key) ?? 0;
          const w = Math.max(2, x(Math.max(min, r.value)));
          return (
            <g key={r.key}>
              <text className="insight-row-label" x={-8} y={at + y.bandwidth() / 2} dy={4} textAnchor="end">
                {clip(r.label)}
              </text>
              <Bar className={`insight-bar ${r.tone ?? ''}`} x={0} y={at} width={w} height={y.bandwidth()} rx={2} />
              <text className="insight-value" x={w + 6} y={at + y.bandwidth() / 2} dy={4}>
                {r.valueText}
              </text>
              {r.mark !== undefined && (
                <Line
                  className="insight-mark"
                  from={{ x: x(Math.min(r.mark, top)), y: at - 3 }}
                  to={{ x: x(Math.min(r.mark, top)), y: at + y.bandwidth() + 3 }}
                />
              )}
            </g>
          );
        })}
        <CountAxis top={rows.length * ROW} scale={x} />
      </Group>
    </svg>
  );
}
