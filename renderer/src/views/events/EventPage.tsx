// The live event page: the title as the heading; the preparation and what happened afterwards in the main
// column, with notes and linked reflections; when, where, circle and goals beside them.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { eventNotes, hasRichText, trash, updateEvent, type EntityMap, type JournalEvent } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { routeHref } from '../../nav/route';
import { RichTextField } from '../../editor/RichTextField';
import { useLiveText } from '../../ui/use-live-text';
import { useFragment } from '../goals/use-fragment';
import { LinkedReflections } from '../reflections/LinkedReflections';
import { EventPlan } from './EventPlan';
import { EventDetails } from './EventDetails';
import { AftermathPanel } from './AftermathPanel';
import './events.css';

export function EventPage({ event, entry }: { event: JournalEvent; entry: EntityMap }) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const title = useLiveText(event.title, (value) => edit(() => updateEvent(doc, event.id, { title: value })), {
    accept: (value) => value.trim() !== '',
  });
  const notes = useFragment(
    entry,
    () => hasRichText(doc, 'events', event.id, 'notes'),
    useCallback(() => eventNotes(doc, event.id), [doc, event.id]),
  );

  return (
    <section className="view event-page" aria-labelledby="event-title">
      <a className="entity-back" href={routeHref({ view: 'events' })}>
        {t('events.page.back')}
      </a>
      <header className="entity-head">
        <h2 id="event-title" className="entity-title">
          <input className="entity-title-input" aria-label={t('events.page.titleLabel')} {...title} />
        </h2>
        <button type="button" className="button-quiet" onClick={() => edit(() => trash(doc, 'events', event.id))}>
          {t('events.page.trash')}
        </button>
      </header>
      <div className="entity-layout event-layout">
        <div className="event-main">
          <EventPlan event={event} />
          <AftermathPanel event={event} />
          <section className="panel entity-panel event-panel" aria-labelledby="event-notes-label">
            <h3 id="event-notes-label">{t('events.page.notes')}</h3>
            {notes && (
              <RichTextField
                fragment={notes}
                label={t('events.page.notes')}
                placeholder={t('events.page.notesPlaceholder')}
              />
            )}
          </section>
          <LinkedReflections link={{ field: 'eventIds', id: event.id }} />
        </div>
        <aside className="event-side">
          <EventDetails event={event} />
        </aside>
      </div>
    </section>
  );
}
