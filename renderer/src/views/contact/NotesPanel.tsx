// Free notes about the person, in the rich-text editor (Markdown shortcuts, saved as you type).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { contactNotes } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { RichTextField } from '../../editor/RichTextField';

export function NotesPanel({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const fragment = useMemo(() => contactNotes(doc, contactId), [doc, contactId]);
  return (
    <section className="panel contact-notes" aria-labelledby="contact-notes-title">
      <h3 id="contact-notes-title">{t('contact.notes.title')}</h3>
      <RichTextField
        fragment={fragment}
        label={t('contact.notes.title')}
        placeholder={t('contact.notes.placeholder')}
      />
    </section>
  );
}
