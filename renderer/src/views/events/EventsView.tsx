// The events list (#/events): upcoming ones soonest first, then past ones most recent first, quieter.
// "New event" opens a short form and then the new event's page.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDay, splitEvents } from '@shared/schema';
import { useEvents } from './use-events';
import { EventRow } from './EventRow';
import { NewEventForm } from './NewEventForm';
import { useIntent } from '../../search/intents';
import './events.css';

export function EventsView() {
  const { t } = useTranslation();
  const events = useEvents();
  const [adding, setAdding] = useState(false);
  useIntent(
    'newEvent',
    useCallback(() => setAdding(true), []),
  );
  const { upcoming, past } = splitEvents(events, localDay(new Date()));

  return (
    <section className="view events-view" aria-labelledby="events-heading">
      <div className="view-head">
        <div>
          <h2 id="events-heading">{t('events.title')}</h2>
          <p className="muted events-lead">{t('events.lead')}</p>
        </div>
        {!adding && (
          <button type="button" className="button-primary" onClick={() => setAdding(true)}>
            {t('events.new')}
          </button>
        )}
      </div>
      {adding && <NewEventForm onCancel={() => setAdding(false)} />}
      {events.length === 0 && !adding && (
        <div className="panel empty-state">
          <h3>{t('events.empty.title')}</h3>
          <p>{t('events.empty.body')}</p>
        </div>
      )}
      {events.length > 0 && (
        <div className="panel events-panel">
          <h3 className="events-section-title">{t('events.upcoming')}</h3>
          {upcoming.length > 0 ? (
            <ul className="entity-list" aria-label={t('events.upcoming')}>
              {upcoming.map((event) => (
                <EventRow key={event.id} event={event} past={false} />
              ))}
            </ul>
          ) : (
            <p className="muted">{t('events.noUpcoming')}</p>
          )}
          {past.length > 0 && (
            <>
              <h3 className="events-section-title events-section-quiet">{t('events.past')}</h3>
              <ul className="entity-list event-list-past" aria-label={t('events.past')}>
                {past.map((event) => (
                  <EventRow key={event.id} event={event} past />
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
