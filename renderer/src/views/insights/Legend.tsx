// A chart's key: what each colour or mark means, in words beside a small swatch (the swatch is decoration).
export interface LegendItem {
  /** 'bar', 'line', 'dot', 'mark' or a stage name: picks the swatch's class. */
  tone: string;
  text: string;
}

export function Legend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="insight-legend">
      {items.map((item) => (
        <li key={item.tone}>
          <span className={`insight-swatch insight-swatch-${item.tone}`} aria-hidden="true" />
          {item.text}
        </li>
      ))}
    </ul>
  );
}
