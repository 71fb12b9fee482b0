// The quick note's one write: main adds the note to its own document and answers only once the store has
// fsync'd it. The window never holds a replica of the journal, so this is the same speed at any size.
import type * as Y from 'yjs';
import { addInboxNote, inboxMap } from '@shared/schema';
import { findEntity, isLive } from '@shared/schema/entity';
import type { QuickNoteInput } from '@shared/ipc/contract';
import { mt } from '../app/main-i18n';

/** What the save needs of the journal host: its document, its store's flush, and the read-only check. */
export interface QuickNoteJournal {
  readonly doc: Y.Doc;
  readonly store: { whenFlushed(): Promise<void> };
  assertWritable(): void;
}

/**
 * Adds `note` (and whom it is about) to the inbox and resolves when it is on disk. When the store cannot save it, the note is taken
 * out again (the journal reads as before) and the store's reason is the rejection: the window keeps the text.
 */
export async function saveQuickNote(journal: QuickNoteJournal, note: QuickNoteInput, now = new Date()): Promise<void> {
  journal.assertWritable();
  const doc = journal.doc;
  const people = note.contactIds ?? [];
  // Someone picked may have been removed (here or on another device) since: the window says so, keeps the note.
  for (const contactId of people) {
    const map = findEntity(doc, 'contacts', contactId);
    if (!map || !isLive(map)) throw new Error(mt('quickNote.personGone'));
  }
  const id = addInboxNote(doc, note.text.trim(), now, people);
  try {
    await journal.store.whenFlushed();
  } catch (error) {
    // The store keeps retrying what it holds; the removal rides along, so a later success adds nothing.
    doc.transact(() => inboxMap(doc).delete(id));
    throw error;
  }
}
