// Merging two records of the same person: the user chooses which one to keep, sees what moves into it, and
// confirms. The merge is one undoable edit; the other record goes to the trash, restorable.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mergeContacts, previewMerge, type Contact } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { Dialog } from '../../ui/Dialog';
import { MergeSummary } from './MergeSummary';

interface Props {
  /** The contact whose page this is. */
  current: Contact;
  other: Contact;
  onClose: () => void;
  onMerged: (keptId: string, droppedName: string) => void;
}

export function MergeDialog({ current, other, onClose, onMerged }: Props) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const id = useId();
  const [keepCurrent, setKeepCurrent] = useState(true);
  const [kept, dropped] = keepCurrent ? [current, other] : [other, current];
  const preview = useMemo(() => previewMerge(doc, kept.id, dropped.id), [doc, kept.id, dropped.id]);

  const [failed, setFailed] = useState(false);
  const merge = (): void => {
    try {
      edit(() => mergeContacts(doc, kept.id, dropped.id));
    } catch {
      // One of the two was trashed or merged meanwhile (another window or device); mergeContacts changed nothing.
      setFailed(true);
      return;
    }
    onMerged(kept.id, dropped.name);
  };
  const choice = (contact: Contact, isCurrent: boolean) => (
    <label className={keepCurrent === isCurrent ? 'contact-merge-choice chosen' : 'contact-merge-choice'}>
      <input
        type="radio"
        name={`${id}-keep`}
        checked={keepCurrent === isCurrent}
        onChange={() => setKeepCurrent(isCurrent)}
      />
      <span className="contact-merge-name">
        {contact.name}
        {isCurrent && <span className="muted"> ({t('contact.merge.thisPage')})</span>}
      </span>
      <span className="muted">{[contact.role, contact.company, contact.linkedinUrl].filter(Boolean).join(' · ')}</span>
    </label>
  );

  return (
    <Dialog title={t('contact.merge.title')} onClose={onClose} className="dialog-wide">
      <fieldset className="contact-merge-keep">
        <legend>{t('contact.merge.keepLegend')}</legend>
        {choice(current, true)}
        {choice(other, false)}
      </fieldset>
      <h3 className="contact-merge-heading">{t('contact.merge.moves', { name: kept.name })}</h3>
      <MergeSummary preview={preview} kept={kept} dropped={dropped} />
      <p className="hint contact-merge-after">{t('contact.merge.afterwards', { name: dropped.name })}</p>
      {failed && (
        <p className="form-error" role="alert">
          {t('contact.merge.failed')}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button-quiet" onClick={onClose}>
          {t('contact.merge.cancel')}
        </button>
        <button type="button" className="button-primary" onClick={merge}>
          {t('contact.merge.confirm', { name: kept.name })}
        </button>
      </div>
    </Dialog>
  );
}
