// On a person's timeline, an interaction logged at an event names it, with a link to the event's page.
import { useTranslation } from 'react-i18next';
import { getEvent } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { routeHref } from '../../nav/route';

export function InteractionEventLink({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const event = getEvent(doc, eventId);
  if (!event || event.deletedAt) return null;
  const title = event.title || t('events.untitled');
  const [before, after] = t('events.timeline', { title: '\u0000' }).split('\u0000');
  return (
    <p className="timeline-event">
      {before}
      <a href={routeHref({ view: 'event', id: eventId })}>{title}</a>
      {after}
    </p>
  );
}
