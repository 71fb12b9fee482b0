// An axis label as one plain SVG <text>: visx's default wraps each label in its own <svg>, which a browser
// exposes as yet another image inside the chart's image.
import type { TickRendererProps } from '@visx/axis';

export function TickText({ x, y, dx, dy, formattedValue, textAnchor, className }: TickRendererProps) {
  return (
    <text x={x} y={y} dx={dx} dy={dy} textAnchor={textAnchor} className={className ?? 'insight-tick'}>
      {formattedValue}
    </text>
  );
}
