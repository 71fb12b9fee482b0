// The ways a quick note leaves the inbox. Each is one undoable step: what the note becomes is made and the
// note goes to the trash in the same edit, so one Undo (Ctrl/Cmd+Z) brings the note back and takes the
// new thing away. Pages worth filling in further (a reflection, a person, an event) open afterwards.
import { useCallback, useMemo } from 'react';
import { createContact, createEvent, trash, updateContact, type InboxNote, type NextStep } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { separateUndoSteps } from '../../data/undo';
import { navigate } from '../../nav/use-route';
import { useOpenLogInteraction } from '../../interactions/log-interaction-context';
import { useStartReflection } from '../reflections/use-start-reflection';

export interface EventFromNote {
  title: string;
  date: string;
  purpose: string;
}

export interface Triage {
  toInteraction: (note: InboxNote) => void;
  toReflection: (note: InboxNote) => void;
  toContact: (note: InboxNote, contact: { name: string; why: string }) => void;
  toNextStep: (note: InboxNote, contactId: string, step: NextStep) => void;
  toEvent: (note: InboxNote, event: EventFromNote) => void;
  letGo: (note: InboxNote) => void;
}

export function useTriage(): Triage {
  const { doc } = useJournal();
  const edit = useEdit();
  const openLog = useOpenLogInteraction();
  const startReflection = useStartReflection();

  /** Makes something from the note and trashes it, as one undo step of its own (not merged with typing). */
  const settle = useCallback(
    <T>(note: InboxNote, make: () => T): T => {
      separateUndoSteps(doc);
      const made = edit(() => {
        const result = make();
        trash(doc, 'inbox', note.id);
        return result;
      });
      separateUndoSteps(doc);
      return made;
    },
    [doc, edit],
  );

  return useMemo(
    () => ({
      toInteraction: (note) =>
        openLog({
          summary: note.text,
          contactIds: note.contactIds,
          inSameEdit: () => trash(doc, 'inbox', note.id),
        }),
      // useStartReflection opens the new reflection's page itself (and marks it fresh for that page).
      toReflection: (note) => void settle(note, () => startReflection({ lines: [note.text] })),
      toContact: (note, { name, why }) => {
        const id = settle(note, () => createContact(doc, { name: name.trim(), why }));
        navigate({ view: 'contact', id });
      },
      toNextStep: (note, contactId, step) => settle(note, () => updateContact(doc, contactId, { nextStep: step })),
      toEvent: (note, { title, date, purpose }) => {
        const id = settle(note, () => createEvent(doc, { title, date, purpose }));
        navigate({ view: 'event', id });
      },
      letGo: (note) => settle(note, () => undefined),
    }),
    [doc, openLog, settle, startReflection],
  );
}
