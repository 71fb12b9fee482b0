// Rich-text fields the pages open lazily: a circle's notes (key 'notes'), and a check that lets a page see
// whether a field is rich text yet without writing, so it can create it outside React's render.
// Circles made before notes were rich text kept a plain string there; ensureFragment turns it into paragraphs.
import * as Y from 'yjs';
import type { CollectionName } from './journal-doc';
import { findEntity, requireEntity } from './entity';
import { ensureFragment } from './rich-text';

/** True when the entity's `key` already holds rich text, so reading it writes nothing. */
export function hasRichText(doc: Y.Doc, name: CollectionName, id: string, key: string): boolean {
  return findEntity(doc, name, id)?.get(key) instanceof Y.XmlFragment;
}

/** The circle's notes fragment, created on first use (the UI creates it together with the circle). */
export function circleNotes(doc: Y.Doc, id: string): Y.XmlFragment {
  return ensureFragment(requireEntity(doc, 'circles', id), 'notes');
}
