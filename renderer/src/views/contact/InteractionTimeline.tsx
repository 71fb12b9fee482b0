// Everything that happened with this person, newest first. Each entry can be corrected or moved to the
// trash (Ctrl/Cmd+Z brings it back).
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trash, type Interaction } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { isMac } from '../../shell/use-global-keys';
import { EditInteractionDialog } from './EditInteractionDialog';
import { InteractionItem } from './InteractionItem';
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

  const moveToTrash = (interaction: Interaction): void => {
    edit(() => trash(doc, 'interactions', interaction.id));
    setMessage(t('contact.timeline.trashed', { key: isMac ? '⌘' : 'Ctrl' }));
  };

  return (
    <section className="panel contact-timeline" aria-labelledby="contact-timeline-title">
      <h3 id="contact-timeline-title">{t('contact.timeline.title')}</h3>
      {interactions.length === 0 ? (
        <p className="contact-empty">{t('contact.timeline.empty')}</p>
      ) : (
        <ol className="timeline" aria-label={t('contact.timeline.title')}>
          {interactions.map((interaction) => (
            <InteractionItem
              key={interaction.id}
              interaction={interaction}
              contactId={contactId}
              onEdit={() => setEditing(interaction)}
              onTrash={() => moveToTrash(interaction)}
            />
          ))}
        </ol>
      )}
      <StatusLine message={message} onDone={clear} />
      {editing && <EditInteractionDialog interaction={editing} onClose={() => setEditing(undefined)} />}
    </section>
  );
}
