// Everything that happened with this person, newest first: interactions, and the reflections linked to them.
// An interaction can be corrected or moved to the trash here (Ctrl/Cmd+Z brings it back); a reflection opens.
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trash, type Interaction } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { isMac } from '../../shell/use-global-keys';
import { EditInteractionDialog } from './EditInteractionDialog';
import { InteractionItem } from './InteractionItem';
import { timelineEntries } from './timeline-entries';
import { useLinkedReflections } from '../reflections/use-live-reflections';
import { ReflectionTimelineItem } from '../reflections/ReflectionTimelineItem';
import { StatusLine } from './StatusLine';

export function InteractionTimeline({
  contactId,
  interactions,
}: {
  contactId: string;
  interactions: readonly Interaction[];
}) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const [editing, setEditing] = useState<Interaction | undefined>();
  const [message, setMessage] = useState('');
  const clear = useCallback(() => setMessage(''), []);
  const reflections = useLinkedReflections({ field: 'contactIds', id: contactId });
  const entries = useMemo(() => timelineEntries(interactions, reflections), [interactions, reflections]);

  const moveToTrash = (interaction: Interaction): void => {
    edit(() => trash(doc, 'interactions', interaction.id));
    setMessage(t('contact.timeline.trashed', { key: isMac ? '⌘' : 'Ctrl' }));
  };

  return (
    <section className="panel contact-timeline" aria-labelledby="contact-timeline-title">
      <h3 id="contact-timeline-title">{t('contact.timeline.title')}</h3>
      {entries.length === 0 ? (
        <p className="contact-empty">{t('contact.timeline.empty')}</p>
      ) : (
        <ol className="timeline" aria-label={t('contact.timeline.title')}>
          {entries.map((entry) =>
            entry.kind === 'reflection' ? (
              <ReflectionTimelineItem key={entry.id} item={entry.reflection} />
            ) : (
              <InteractionItem
                key={entry.id}
                interaction={entry.interaction}
                contactId={contactId}
                onEdit={() => setEditing(entry.interaction)}
                onTrash={() => moveToTrash(entry.interaction)}
              />
            ),
          )}
        </ol>
      )}
      <StatusLine message={message} onDone={clear} />
      {editing && <EditInteractionDialog interaction={editing} onClose={() => setEditing(undefined)} />}
    </section>
  );
}
