// One quick note in the inbox: its text, editable in place and saved as it is typed, when it was caught,
// whom it is about, and the ways forward. Memoised: typing in one note re-renders that note only.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { updateInboxNote, type InboxNote } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { useLiveText } from '../../ui/use-live-text';
import { TriageActions, type TriageChoice } from './TriageActions';
import { InboxNotePeople } from './InboxNotePeople';

interface Props {
  note: InboxNote;
  /** When it was caught, formatted for the UI language. */
  when: string;
  onChoose: (note: InboxNote, choice: TriageChoice) => void;
}

const notBlank = (text: string): boolean => text.trim() !== '';

export const InboxNoteItem = memo(function InboxNoteItem({ note, when, onChoose }: Props) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  // A note emptied while typing is not saved; its text comes back when the field is left.
  const live = useLiveText(note.text, (text) => edit(() => updateInboxNote(doc, note.id, text)), {
    accept: notBlank,
  });
  return (
    <li className="panel inbox-note">
      <textarea
        className="inbox-text"
        aria-label={t('inbox.noteLabel', { date: when })}
        rows={1}
        spellCheck
        {...live}
      />
      <time className="hint" dateTime={note.createdAt}>
        {when}
      </time>
      <InboxNotePeople contactIds={note.contactIds} />
      <TriageActions text={note.text} onChoose={(choice) => onChoose(note, choice)} />
    </li>
  );
});
