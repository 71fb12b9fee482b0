// One event in the list: when, its title (a link to the event page), where, and — quietly — whether it is
// prepared (upcoming) or recorded (past).
import { useTranslation } from 'react-i18next';
import type { JournalEvent } from '@shared/schema';
import { routeHref } from '../../nav/route';
import { missingPrep, prepText, whenText } from './event-wording';

export function EventRow({ event, past }: { event: JournalEvent; past: boolean }) {
  const { t, i18n } = useTranslation();
  const when = whenText(event, i18n.language);
  const state = past ? t(event.recordedAt ? 'events.row.recorded' : 'events.row.record') : prepText(event, t);
  const settled = past ? event.recordedAt !== undefined : missingPrep(event).length === 0;
  return (
    <li className="entity-row event-row">
      <p className="event-row-when">
        {event.date ? <time dateTime={event.date}>{when}</time> : <span>{t('events.noDate')}</span>}
      </p>
      <div className="entity-row-main">
        <a className="event-row-title" href={routeHref({ view: 'event', id: event.id })}>
          {event.title || t('events.untitled')}
        </a>
        {event.place && <span className="event-row-place">{event.place}</span>}
      </div>
      <p className={settled ? 'event-row-state event-row-state-done' : 'event-row-state'}>{state}</p>
    </li>
  );
}
