// One drawing size for every chart: the SVG scales to its card through its viewBox, so charts need no resize
// observer and print at the page's width.
export const WIDTH = 520;
export const MARGIN = { top: 12, right: 16, bottom: 28, left: 40 };

/** Every k-th label, so 52 weeks never crowd the axis. */
export function everyNth<T>(values: readonly T[], most = 13): T[] {
  const k = Math.max(1, Math.ceil(values.length / most));
  return values.filter((_, i) => i % k === (values.length - 1) % k);
}

/** Whole-number ticks only: counts and points are never 1.5. */
export function wholeTicks(ticks: readonly number[]): number[] {
  return ticks.filter((v) => Number.isInteger(v));
}

/** Axis text takes its colour and size from insights.css, so light and dark need nothing here. */
export const tickLabel = { className: 'insight-tick' } as const;
