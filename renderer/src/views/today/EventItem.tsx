// An event in the coming two weeks: when, where, and whether it is prepared — or, kindly, what is left to
// prepare (why you are going, openers, people to meet). The title opens the event's page.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../nav/route';
import type { UpcomingEvent } from './today-items';

export const EventItem = memo(function EventItem({ upcoming }: { upcoming: UpcomingEvent }) {
  const { t } = useTranslation();
  const { event, preparation, daysAway } = upcoming;
  const when =
    daysAway === 0
      ? t('today.events.when.today')
      : daysAway === 1
        ? t('today.events.when.tomorrow')
        : t('today.events.when.later', { count: daysAway });
  const missing = (['purpose', 'openers', 'people'] as const).filter((part) => !preparation[part]);
  const details = [when, event.time, event.place].filter(Boolean).join(' · ');

  return (
    <li className="today-item" data-today-item>
      <div className="today-item-body">
        <a data-main className="today-item-title" href={routeHref({ view: 'event', id: event.id })}>
          {event.title || t('today.events.untitled')}
        </a>
        <p className="today-item-text">{details}</p>
        <p className={preparation.ready ? 'hint today-prep today-prep-ready' : 'hint today-prep'}>
          {preparation.ready
            ? t('today.events.ready')
            : t('today.events.toPrepare', { list: missing.map((part) => t(`today.events.${part}`)).join(', ') })}
        </p>
      </div>
    </li>
  );
});
