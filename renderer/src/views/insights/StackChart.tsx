// One horizontal bar per goal, split by the stage its people are at; each stage has its own calm colour
// (a class), named in the legend beside the chart.
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { CountAxis } from './CountAxis';
import { MARGIN, WIDTH } from './chart-frame';

const ROW = 26;
const LABEL = 170;

export interface Stack {
  key: string;
  label: string;
  parts: ReadonlyArray<{ key: string; value: number }>;
}

const clip = (text: string): string => (text.length > 26 ? `${text.slice(0, 25)}…` : text);

export function StackChart({ label, stacks }: { label: string; stacks: readonly Stack[] }) {
  const height = MARGIN.top + MARGIN.bottom + stacks.length * ROW;
  const innerWidth = WIDTH - LABEL - MARGIN.right;
  const total = (s: Stack): number => s.parts.reduce((sum, p) => sum + p.value, 0);
  const y = scaleBand<string>({ domain: stacks.map((s) => s.key), range: [0, stacks.length * ROW], padding: 0.3 });
  const x = scaleLinear<number>({ domain: [0, Math.max(1, ...stacks.map(total))], range: [0, innerWidth], nice: true });
  return (
    <svg className="insight-chart" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={label}>
      <Group left={LABEL} top={MARGIN.top}>
        {stacks.map((s) => {
          const at = y(s.key) ?? 0;
          let from = 0;
          return (
            <g key={s.key}>
              <text className="insight-row-label" x={-8} y={at + y.bandwidth() / 2} dy={4} textAnchor="end">
                {clip(s.label)}
              </text>
              {s.parts.map((p) => {
                if (p.value === 0) return null;
                const left = x(from);
                from += p.value;
                return (
                  <Bar
                    key={p.key}
                    className={`insight-stage insight-stage-${p.key}`}
                    x={left}
                    y={at}
                    width={Math.max(1, x(from) - left)}
                    height={y.bandwidth()}
                  />
                );
              })}
            </g>
          );
        })}
        <CountAxis top={stacks.length * ROW} scale={x} />
      </Group>
    </svg>
  );
}
