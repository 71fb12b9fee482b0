// Why this person is interesting: the reason to reach out at all, so it sits first and large.
import { useTranslation } from 'react-i18next';
import { updateContact, type Contact } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { LiveField } from '../../ui/LiveField';

export function WhyPanel({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  return (
    <section className="panel contact-why" aria-labelledby="contact-why-title">
      <h3 id="contact-why-title">{t('contact.why.title')}</h3>
      <LiveField
        label={t('contact.why.title')}
        labelHidden
        multiline
        rows={4}
        value={contact.why}
        placeholder={t('contact.why.placeholder')}
        onSave={(why) => edit(() => updateContact(doc, contact.id, { why }))}
      />
    </section>
  );
}
