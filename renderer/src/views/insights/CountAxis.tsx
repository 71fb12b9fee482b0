// The value axis under a horizontal bar chart (RowChart, StackChart): whole numbers only, labels as plain
// SVG text, colours from insights.css.
import { AxisBottom } from '@visx/axis';
import type { scaleLinear } from '@visx/scale';
import { TickText } from './TickText';
import { tickLabel, wholeTicks } from './chart-frame';

type Scale = ReturnType<typeof scaleLinear<number>>;

export function CountAxis({ top, scale }: { top: number; scale: Scale }) {
  return (
    <AxisBottom
      top={top}
      scale={scale}
      tickValues={wholeTicks(scale.ticks(5))}
      stroke="currentColor"
      tickStroke="currentColor"
      tickFormat={(v) => String(v)}
      tickComponent={TickText}
      tickLabelProps={{ ...tickLabel, textAnchor: 'middle', dy: 10 }}
    />
  );
}
