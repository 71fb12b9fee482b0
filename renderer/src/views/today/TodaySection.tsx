// One section of Today: a heading and a list of items, the first few shown and the rest one click away, so
// a journal with hundreds of due reminders still opens calmly and quickly.
import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const SHOWN = 6;

interface Props {
  heading: string;
  intro?: string;
  items: ReactNode[];
  className?: string;
}

export function TodaySection({ heading, intro, items, className }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [all, setAll] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  // The button leaves as the rest appear: the focus goes to the first newly shown item instead of nowhere.
  const showAll = (): void => {
    setAll(true);
    requestAnimationFrame(() => list.current?.children[SHOWN]?.querySelector<HTMLElement>('[data-main]')?.focus());
  };
  if (items.length === 0) return null;
  const shown = all ? items : items.slice(0, SHOWN);
  const rest = items.length - shown.length;
  return (
    <section className={`panel today-section${className ? ` ${className}` : ''}`} aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      {intro && <p className="hint today-intro">{intro}</p>}
      <ul ref={list} className="today-list" aria-labelledby={id}>
        {shown}
      </ul>
      {rest > 0 && (
        <button type="button" className="button-quiet button-small today-more" onClick={showAll}>
          {t('today.more', { count: rest })}
        </button>
      )}
    </section>
  );
}
