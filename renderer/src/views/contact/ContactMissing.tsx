// Shown for an id that is not a live contact: trashed, merged into someone else, or never there.
import { useTranslation } from 'react-i18next';
import { getContact, mergedInto } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { routeHref } from '../../nav/route';
import './contact.css';

export function ContactMissing({ id }: { id: string }) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const targetId = mergedInto(doc, id);
  const target = targetId ? getContact(doc, targetId) : undefined;
  const merged = target && !target.deletedAt ? target : undefined;
  return (
    <section className="view contact-missing" aria-labelledby="contact-missing-title">
      <div className="panel empty-state">
        <h2 id="contact-missing-title">{t('contact.missing.title')}</h2>
        <p>{t('contact.missing.body')}</p>
        {merged && (
          <p className="contact-missing-merged">
            {t('contact.missing.merged')} <a href={routeHref({ view: 'contact', id: merged.id })}>{merged.name}</a>.
          </p>
        )}
        <p className="contact-missing-links">
          <a href={routeHref({ view: 'contacts' })}>{t('contact.missing.back')}</a>
          <a href={routeHref({ view: 'trash' })}>{t('contact.missing.trash')}</a>
        </p>
      </div>
    </section>
  );
}
