// A contact's rich-text fields: notes about the person and the message being drafted to them. Both are
// Y.XmlFragments on the contact's map, so an editor binds to them and two devices' edits merge.
import type * as Y from 'yjs';
import { requireEntity } from './entity';
import { ensureFragment } from './rich-text';

/** The contact's notes (key 'notes'). */
export function contactNotes(doc: Y.Doc, id: string): Y.XmlFragment {
  return ensureFragment(requireEntity(doc, 'contacts', id), 'notes');
}

/** The message being written to this contact (key 'draft'); markDraftSent clears it once sent. */
export function contactDraft(doc: Y.Doc, id: string): Y.XmlFragment {
  return ensureFragment(requireEntity(doc, 'contacts', id), 'draft');
}
