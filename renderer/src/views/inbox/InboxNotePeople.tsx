// Whom a quick note is about (picked in the quick note's "About whom?"), as links to their pages. People since
// moved to the trash or merged away are left out; a note about nobody shows nothing.
import { useTranslation } from 'react-i18next';
import { getContact } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { routeHref } from '../../nav/route';
import '../../ui/picker.css';

export function InboxNotePeople({ contactIds }: { contactIds: readonly string[] }) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const people = contactIds.flatMap((id) => {
    const contact = getContact(doc, id);
    return contact && !contact.deletedAt ? [contact] : [];
  });
  if (people.length === 0) return null;
  return (
    <div className="inbox-people">
      <span className="hint">{t('inbox.about')}</span>
      <ul className="chips" aria-label={t('inbox.about')}>
        {people.map((person) => (
          <li key={person.id} className="chip">
            <span className="chip-text">
              <a href={routeHref({ view: 'contact', id: person.id })}>{person.name}</a>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
