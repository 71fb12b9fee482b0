// A calm heads-up when another record looks like the same person, with a way to merge the two.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getContact, type Contact } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { routeHref } from '../../nav/route';
import { navigate } from '../../nav/use-route';
import { MergeDialog } from './MergeDialog';
import { useDuplicates } from './use-duplicates';

export function DuplicateNotice({ contact, onMessage }: { contact: Contact; onMessage: (message: string) => void }) {
  const { t } = useTranslation();
  const duplicates = useDuplicates(contact.id);
  const [merging, setMerging] = useState<Contact | undefined>();
  const { doc } = useJournal();
  // The list is refreshed a moment after changes settle; a record merged or trashed just now is left out at once.
  const live = duplicates.flatMap(({ contact: found, reason }) => {
    const now = getContact(doc, found.id);
    return now && !now.deletedAt ? [{ contact: now, reason }] : [];
  });
  if (live.length === 0 && !merging) return null;

  const merged = (keptId: string, droppedName: string): void => {
    setMerging(undefined);
    if (keptId === contact.id) onMessage(t('contact.merge.done', { name: droppedName }));
    else navigate({ view: 'contact', id: keptId });
  };

  return (
    <>
      {live.length > 0 && (
        <div className="notice contact-duplicates" role="note">
          {live.map(({ contact: other, reason }) => (
            <p key={other.id} className="contact-duplicate">
              <span id={`dup-${other.id}`}>
                {t('contact.duplicate.notice')} <a href={routeHref({ view: 'contact', id: other.id })}>{other.name}</a>{' '}
                <span className="muted">
                  ({t(reason === 'profile' ? 'contact.duplicate.byProfile' : 'contact.duplicate.byPerson')})
                </span>
              </span>
              <button
                type="button"
                className="button-quiet button-small"
                aria-describedby={`dup-${other.id}`}
                onClick={() => setMerging(other)}
              >
                {t('contact.duplicate.merge')}
              </button>
            </p>
          ))}
        </div>
      )}
      {merging && (
        <MergeDialog current={contact} other={merging} onClose={() => setMerging(undefined)} onMerged={merged} />
      )}
    </>
  );
}
