// The event page (#/event/<id>): a trashed event offers its way back; an unknown id says so kindly.
import { useTranslation } from 'react-i18next';
import { eventsMap, readEvent, type EntityMap } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEntry } from '../../data/use-entry';
import { routeHref } from '../../nav/route';
import { TrashedNotice } from '../trash/TrashedNotice';
import { GoneNotice } from '../goals/GoneNotice';
import { useStableRead } from '../goals/use-stable-read';
import { EventPage } from './EventPage';

export function EventView({ id }: { id: string }) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const entry = useEntry(eventsMap(doc), id);
  if (!entry)
    return (
      <GoneNotice
        title={t('events.missing.title')}
        body={t('events.missing.body')}
        back="events"
        backLabel={t('events.page.back')}
      />
    );
  return <EventEntry id={id} entry={entry} />;
}

function EventEntry({ id, entry }: { id: string; entry: EntityMap }) {
  const { t } = useTranslation();
  const event = useStableRead(entry, () => readEvent(id, entry));
  if (event.deletedAt) {
    return (
      <TrashedNotice
        collection="events"
        id={id}
        title={event.title}
        backHref={routeHref({ view: 'events' })}
        backLabel={t('events.page.back')}
      />
    );
  }
  return <EventPage event={event} entry={entry} />;
}
