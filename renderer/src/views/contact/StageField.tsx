// Where this person is on the path from "identified" to "relationship" — or paused, or dormant by choice,
// which silences reminders without any guilt. The hint says so in plain words.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { STAGES, updateContact, type Contact, type Stage } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';

export function StageField({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const id = useId();
  const hint = contact.stage === 'dormant' || contact.stage === 'paused' ? contact.stage : 'any';
  return (
    <div className="contact-stage">
      <label htmlFor={id}>{t('contact.stage')}</label>
      <select
        id={id}
        value={contact.stage}
        aria-describedby={`${id}-hint`}
        onChange={(e) => edit(() => updateContact(doc, contact.id, { stage: e.target.value as Stage }))}
      >
        {STAGES.map((stage) => (
          <option key={stage} value={stage}>
            {t(`pipeline.stages.${stage}`)}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="hint">
        {t(`contact.stageHint.${hint}`)}
      </p>
    </div>
  );
}
