// The facts about a person: what they do and where, how to reach them, where you found them, and tags.
// Every field saves as you type; lists and tags save on each add or remove.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SOURCES, updateContact, type Contact, type ContactInput, type Source } from '@shared/schema';
import { normaliseLinkedInUrl } from '@shared/import/contact-draft';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { ExternalLink } from '../../components/ExternalLink';
import { LiveField } from '../../ui/LiveField';
import { ListEditor } from './ListEditor';
import { TagEditor } from './TagEditor';
import { formatDay } from './contact-wording';

const isHttp = (url: string): boolean => /^https?:\/\//i.test(url.trim());

export function ContactDetails({ contact }: { contact: Contact }) {
  const { t, i18n } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const id = useId();
  const save = (patch: Partial<ContactInput>): void => edit(() => updateContact(doc, contact.id, patch));
  const tidyUrl = (url: string): void => {
    const profile = normaliseLinkedInUrl(url.trim());
    if (profile && profile !== contact.linkedinUrl) save({ linkedinUrl: profile });
  };

  return (
    <section className="panel contact-details" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('contact.details.title')}</h3>
      <LiveField label={t('contact.details.role')} value={contact.role} onSave={(role) => save({ role })} />
      <LiveField label={t('contact.details.company')} value={contact.company} onSave={(company) => save({ company })} />
      <LiveField
        label={t('contact.details.location')}
        value={contact.location}
        onSave={(location) => save({ location })}
      />
      <ListEditor
        label={t('contact.details.emails')}
        addLabel={t('contact.details.addEmail')}
        kind="email"
        items={contact.emails}
        onChange={(emails) => save({ emails })}
      />
      <ListEditor
        label={t('contact.details.phones')}
        addLabel={t('contact.details.addPhone')}
        kind="phone"
        items={contact.phones}
        onChange={(phones) => save({ phones })}
      />
      <LiveField
        label={t('contact.details.linkedinUrl')}
        type="url"
        value={contact.linkedinUrl}
        placeholder="https://www.linkedin.com/in/…"
        onSave={(linkedinUrl) => save({ linkedinUrl: linkedinUrl.trim() })}
        onCommit={tidyUrl}
      />
      <ListEditor
        label={t('contact.details.otherLinks')}
        addLabel={t('contact.details.addLink')}
        kind="url"
        items={contact.otherLinks}
        onChange={(otherLinks) => save({ otherLinks })}
        renderItem={(url) =>
          isHttp(url) ? (
            <ExternalLink href={url} label={t('contact.details.open', { item: url })}>
              {url}
            </ExternalLink>
          ) : (
            url
          )
        }
      />
      <div className="field">
        <label htmlFor={`${id}-source`}>{t('contact.details.source')}</label>
        <select id={`${id}-source`} value={contact.source} onChange={(e) => save({ source: e.target.value as Source })}>
          {SOURCES.map((source) => (
            <option key={source} value={source}>
              {t(`contact.details.sources.${source}`)}
            </option>
          ))}
        </select>
        {contact.connectedOn && (
          <p className="hint">
            {t('contact.details.connectedOn', { date: formatDay(contact.connectedOn, i18n.language, 'long') })}
          </p>
        )}
      </div>
      <TagEditor tags={contact.tags} onChange={(tags) => save({ tags })} />
    </section>
  );
}
