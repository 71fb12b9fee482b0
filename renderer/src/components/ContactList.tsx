// The list of people in the journal, or the first step when there is nobody yet.
import { useTranslation } from 'react-i18next';
import type { Contact } from '@shared/schema';
import { ExternalLink } from './ExternalLink';

export function ContactList({ contacts }: { contacts: readonly Contact[] }) {
  const { t } = useTranslation();
  if (contacts.length === 0) {
    return (
      <div className="empty-state">
        <h3>{t('contacts.emptyTitle')}</h3>
        <p>{t('contacts.emptyBody')}</p>
      </div>
    );
  }
  return (
    <ul className="contact-list" aria-label={t('contacts.heading')}>
      {contacts.map((contact) => (
        <li key={contact.id} className="contact-row">
          <span className="avatar" aria-hidden="true">
            {initials(contact.name)}
          </span>
          <span className="contact-text">
            <span className="contact-name">{contact.name}</span>
            <span className="contact-meta">{[contact.role, contact.company].filter(Boolean).join(' · ')}</span>
          </span>
          {contact.linkedinUrl && (
            <ExternalLink href={contact.linkedinUrl} label={t('contacts.openLinkedIn', { name: contact.name })}>
              in
            </ExternalLink>
          )}
        </li>
      ))}
    </ul>
  );
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/u).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((p) => Array.from(p ?? '')[0] ?? '').join('').toUpperCase();
}
