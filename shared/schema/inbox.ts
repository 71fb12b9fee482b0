// Typed access to the inbox: quick notes captured from the tray window, waiting to be triaged.
import * as Y from 'yjs';
import { collection, type EntityMap } from './journal-doc';
import { newId } from './ids';
import { optStr, str } from './fields';
import { findEntity, isLive, requireEntity, touch } from './entity';
import { readIds, replaceIds } from './id-set';

export interface InboxNote {
  id: string;
  text: string;
  createdAt: string;
  deletedAt: string | undefined;
  /** Whom the note is about, picked in the quick note (`contactIds:<id>` keys); none on older notes. */
  contactIds: string[];
}

export function inboxMap(doc: Y.Doc): Y.Map<EntityMap> {
  return collection(doc, 'inbox');
}

/** Adds a note; `contactIds` must name people in the journal (not in the trash), else nothing is written. */
export function addInboxNote(
  doc: Y.Doc,
  text: string,
  now: Date = new Date(),
  contactIds: readonly string[] = [],
): string {
  for (const contactId of contactIds) {
    if (!isLive(requireEntity(doc, 'contacts', contactId))) throw new Error(`The contact ${contactId} is in the trash`);
  }
  const id = newId();
  const map = new Y.Map<unknown>();
  doc.transact(() => {
    inboxMap(doc).set(id, map);
    map.set('text', text);
    map.set('createdAt', now.toISOString());
    replaceIds(map, 'contactIds', contactIds);
  });
  return id;
}

/**
 * Rewrites a note's text (the inbox edits notes in place). Tolerant: a note that is gone — trashed for good
 * or never synced here — or a text that did not change writes nothing. Returns whether it wrote.
 */
export function updateInboxNote(doc: Y.Doc, id: string, text: string, now: Date = new Date()): boolean {
  const map = findEntity(doc, 'inbox', id);
  if (!map || str(map.get('text')) === text) return false;
  doc.transact(() => {
    map.set('text', text);
    touch(map, now);
  });
  return true;
}

export function listInbox(doc: Y.Doc): InboxNote[] {
  const notes: InboxNote[] = [];
  inboxMap(doc).forEach((map, id) => {
    if (!(map instanceof Y.Map)) return;
    const note = {
      id,
      text: str(map.get('text')),
      createdAt: str(map.get('createdAt')),
      deletedAt: optStr(map.get('deletedAt')),
      contactIds: readIds(map, 'contactIds'),
    };
    if (!note.deletedAt) notes.push(note);
  });
  return notes.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
