// The top of the contact page: the name (edited in place), what they do, their stage, and the actions that
// belong to the whole person — open LinkedIn, log an interaction, move to the trash.
import { useTranslation } from 'react-i18next';
import { trash, updateContact, type Contact } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { ExternalLink } from '../../components/ExternalLink';
import { useOpenLogInteraction } from '../../interactions/log-interaction-context';
import { navigate } from '../../nav/use-route';
import { StageField } from './StageField';
import { useLiveText } from '../../ui/use-live-text';

const isHttp = (url: string): boolean => /^https?:\/\//i.test(url.trim());

export function ContactHeader({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const openLog = useOpenLogInteraction();
  const name = useLiveText(contact.name, (value) => edit(() => updateContact(doc, contact.id, { name: value })), {
    accept: (value) => value.trim() !== '',
    onCommit: (value) => {
      if (value.trim() !== '' && value !== value.trim())
        edit(() => updateContact(doc, contact.id, { name: value.trim() }));
    },
  });
  const headline = [contact.role, contact.company].filter((part) => part.trim() !== '').join(' · ');

  const moveToTrash = (): void => {
    edit(() => trash(doc, 'contacts', contact.id));
    navigate({ view: 'contacts' });
  };

  return (
    <header className="contact-head">
      <div className="contact-head-text">
        <h2 className="contact-title">
          <input className="contact-name-input" aria-label={t('contact.name')} spellCheck={false} {...name} />
        </h2>
        {(headline || isHttp(contact.linkedinUrl)) && (
          <p className="contact-headline">
            {headline && <span>{headline}</span>}
            {isHttp(contact.linkedinUrl) && (
              <ExternalLink href={contact.linkedinUrl} label={t('contact.openLinkedIn', { name: contact.name })}>
                {t('contact.linkedIn')}
              </ExternalLink>
            )}
          </p>
        )}
        <StageField contact={contact} />
      </div>
      <div className="contact-head-actions">
        <button type="button" className="button-primary" onClick={() => openLog({ contactIds: [contact.id] })}>
          {t('contact.logInteraction')}
        </button>
        <button type="button" className="button-quiet" onClick={moveToTrash}>
          {t('contact.moveToTrash')}
        </button>
      </div>
    </header>
  );
}
