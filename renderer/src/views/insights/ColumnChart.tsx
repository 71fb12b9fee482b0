// Vertical bars over time (weeks or months), with an optional dashed line for a target or budget and
// optional dots on a 1–5 scale (how it felt). React-rendered SVG through visx: no inline <style> anywhere.
import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar, Line } from '@visx/shape';
import { TickText } from './TickText';
import { MARGIN, WIDTH, everyNth, tickLabel, wholeTicks } from './chart-frame';

const HEIGHT = 200;
const FEELING_MAX = 5;

export interface Column {
  key: string;
  label: string;
  value: number;
  /** 1–5, drawn as a dot on the right-hand scale. */
  dot?: number | undefined;
}

interface Props {
  label: string;
  columns: readonly Column[];
  /** A dashed line across, e.g. the weekly challenge or the energy budget (0 or undefined: none). */
  line?: number | undefined;
}

export function ColumnChart({ label, columns, line }: Props) {
  const dots = columns.some((c) => c.dot !== undefined);
  const right = dots ? MARGIN.right + 20 : MARGIN.right;
  const innerWidth = WIDTH - MARGIN.left - right;
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const top = Math.max(1, line ?? 0, ...columns.map((c) => c.value));
  const x = scaleBand<string>({ domain: columns.map((c) => c.key), range: [0, innerWidth], padding: 0.25 });
  const y = scaleLinear<number>({ domain: [0, top], range: [innerHeight, 0], nice: true });
  const feel = scaleLinear<number>({ domain: [1, FEELING_MAX], range: [innerHeight, 0] });
  const labelOf = new Map(columns.map((c) => [c.key, c.label]));
  return (
    <svg className="insight-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={label}>
      <Group left={MARGIN.left} top={MARGIN.top}>
        {columns.map((c) => {
          const h = innerHeight - y(c.value);
          return (
            <Bar
              key={c.key}
              className="insight-bar"
              x={x(c.key) ?? 0}
              y={y(c.value)}
              width={x.bandwidth()}
              height={Math.max(0, h)}
              rx={2}
            />
          );
        })}
        {line !== undefined && line > 0 && (
          <Line className="insight-line" from={{ x: 0, y: y(line) }} to={{ x: innerWidth, y: y(line) }} />
        )}
        {columns.map((c) =>
          c.dot === undefined ? null : (
            <circle
              key={`dot-${c.key}`}
              className="insight-dot"
              cx={(x(c.key) ?? 0) + x.bandwidth() / 2}
              cy={feel(c.dot)}
              r={4}
            />
          ),
        )}
        <AxisLeft
          scale={y}
          tickValues={wholeTicks(y.ticks(4))}
          stroke="currentColor"
          tickStroke="currentColor"
          tickFormat={(v) => String(v)}
          tickComponent={TickText}
          tickLabelProps={{ ...tickLabel, textAnchor: 'end', dx: -4, dy: 4 }}
        />
        {dots && (
          <AxisLeft
            left={innerWidth + 24}
            scale={feel}
            numTicks={5}
            hideAxisLine
            hideTicks
            tickFormat={(v) => String(v)}
            tickComponent={TickText}
            tickLabelProps={{ ...tickLabel, textAnchor: 'end', dy: 4, className: 'insight-tick insight-feel-tick' }}
          />
        )}
        <AxisBottom
          top={innerHeight}
          scale={x}
          stroke="currentColor"
          tickStroke="currentColor"
          tickValues={everyNth(columns.map((c) => c.key))}
          tickFormat={(key) => labelOf.get(key) ?? key}
          tickComponent={TickText}
          tickLabelProps={{ ...tickLabel, textAnchor: 'middle', dy: 10 }}
        />
      </Group>
    </svg>
  );
}
