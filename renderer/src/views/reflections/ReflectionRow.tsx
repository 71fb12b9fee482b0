// One reflection in the list: its day, what it is called (a link to its page), then quietly how I felt, the
// mood word, tags and who or what it is about. Memoised on the item, which keeps its identity until that
// reflection changes (live-reflections.ts).
import { memo } from 'react';
import type { TFunction } from 'i18next';
import { routeHref } from '../../nav/route';
import { formatDay } from '../contact/contact-wording';
import type { ReflectionItem } from './live-reflections';
import { reflectionLabel } from './reflection-label';
import { EnergyDots } from './EnergyDots';

interface Props {
  item: ReflectionItem;
  names: ReadonlyMap<string, string>;
  start: number;
  index: number;
  total: number;
  tabbable: boolean;
  /** The list's own t and language: rows use no hooks, so a screenful mounts quickly. */
  t: TFunction;
  locale: string;
}

export const ReflectionRow = memo(function ReflectionRow({
  item,
  names,
  start,
  index,
  total,
  tabbable,
  t,
  locale,
}: Props) {
  const label = reflectionLabel(item, t);
  const linked = [...item.contactIds, ...item.eventIds, ...item.goalIds]
    .map((id) => names.get(id))
    .filter((name): name is string => name !== undefined);
  const about = `reflection-${item.id}-about`;
  const day = `reflection-${item.id}-day`;
  const hasMeta = item.energy !== undefined || item.mood !== '' || item.tags.length > 0 || linked.length > 0;
  return (
    <li
      className="reflection-row"
      data-id={item.id}
      aria-posinset={index + 1}
      aria-setsize={total}
      style={{ transform: `translateY(${start}px)` }}
    >
      <time className="reflection-row-date" id={day} dateTime={item.date}>
        {formatDay(item.date, locale)}
      </time>
      <span className="reflection-row-text">
        <a
          className={label.untitled ? 'reflection-row-link untitled' : 'reflection-row-link'}
          href={routeHref({ view: 'reflection', id: item.id })}
          tabIndex={tabbable ? 0 : -1}
          aria-describedby={hasMeta ? `${day} ${about}` : day}
          draggable={false}
        >
          {label.text}
        </a>
        {hasMeta && (
          <span className="reflection-row-meta" id={about}>
            {item.energy !== undefined && <EnergyDots energy={item.energy} t={t} />}
            {item.mood && <span className="reflection-row-mood">{item.mood}</span>}
            {item.tags.map((tag) => (
              <span key={tag} className="reflection-tag">
                {tag}
              </span>
            ))}
            {linked.length > 0 && <span className="reflection-row-linked">{linked.join(', ')}</span>}
          </span>
        )}
      </span>
    </li>
  );
});
