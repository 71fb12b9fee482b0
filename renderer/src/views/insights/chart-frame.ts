// One drawing size for every chart: the SVG scales to its card through its viewBox, so charts need no resize
// observer and print at the page's width.
export const WIDTH = 640;
export const MARGIN = { top: 12, right: 16, bottom: 28, left: 40 };

/** Every k-th label, so 52 weeks never crowd the axis. */
export function everyNth<T>(values: readonly T[], most = 13): T[] {
  const k = Math.max(1, Math.ceil(values.length / most));
  return values.filter((_, i) => i % k === (values.length - 1) % k);
}

/** Axis text inherits the card's colour (a CSS token), so light and dark need nothing here. */
export const tickLabel = { fill: 'currentColor', fontSize: 11, className: 'insight-tick' } as const;
