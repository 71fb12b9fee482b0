// One section of Today: a heading and a list of items, the first few shown and the rest one click away, so
// a journal with hundreds of due reminders still opens calmly and quickly.
import { useId, useState, type ReactNode } from 'react';
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
  if (items.length === 0) return null;
  const shown = all ? items : items.slice(0, SHOWN);
  const rest = items.length - shown.length;
  return (
    <section className={`panel today-section${className ? ` ${className}` : ''}`} aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      {intro && <p className="hint today-intro">{intro}</p>}
      <ul className="today-list" aria-labelledby={id}>
        {shown}
      </ul>
      {rest > 0 && (
        <button type="button" className="button-quiet button-small today-more" onClick={() => setAll(true)}>
          {t('today.more', { count: rest })}
        </button>
      )}
    </section>
  );
}
