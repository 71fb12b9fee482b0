// Events in the review's look-ahead: day (and time), title linking to the event, and the energy it will take.
import { useTranslation } from 'react-i18next';
import type { JournalEvent } from '@shared/schema';
import { routeHref } from '../../nav/route';
import { shortDay } from './review-format';

export function EventList({ label, events }: { label: string; events: readonly JournalEvent[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="review-events" aria-label={label}>
      {events.map((e) => (
        <li key={e.id}>
          <span className="review-event-day">
            {shortDay(e.date, i18n.language)}
            {e.time ? ` ${e.time}` : ''}
          </span>
          <a href={routeHref({ view: 'event', id: e.id })}>{e.title || t('review.ahead.untitled')}</a>
          {e.energyPlanned !== undefined && (
            <span className="muted">{t('review.ahead.eventEnergy', { count: e.energyPlanned })}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
