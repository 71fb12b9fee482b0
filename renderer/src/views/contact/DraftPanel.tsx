// The message to this person, written calmly in advance. "Mark as sent" logs it as a message (its text kept
// in the timeline, so a draft is never lost), moves "identified" on to "reached out" and empties the draft.
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contactDraft, markDraftSent, type Contact } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { RichTextField } from '../../editor/RichTextField';
import { StatusLine } from './StatusLine';

export function DraftPanel({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const fragment = useMemo(() => contactDraft(doc, contact.id), [doc, contact.id]);
  const [message, setMessage] = useState('');
  const clear = useCallback(() => setMessage(''), []);

  const markSent = (): void => {
    const moves = contact.stage === 'identified';
    edit(() => markDraftSent(doc, contact.id, new Date(), t('contact.draft.fallbackSummary')));
    setMessage(moves ? t('contact.draft.sentMoved', { name: contact.name }) : t('contact.draft.sent'));
  };

  return (
    <section className="panel contact-draft" aria-labelledby="contact-draft-title">
      <h3 id="contact-draft-title">{t('contact.draft.title')}</h3>
      <RichTextField
        fragment={fragment}
        label={t('contact.draft.title')}
        placeholder={t('contact.draft.placeholder')}
        size="tall"
      />
      <div className="contact-draft-foot">
        <p className="hint">{t('contact.draft.hint')}</p>
        <button type="button" className="button-primary" onClick={markSent}>
          {t('contact.draft.markSent')}
        </button>
      </div>
      <StatusLine message={message} onDone={clear} />
    </section>
  );
}
