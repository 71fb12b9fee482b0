import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addInboxNote, inboxMap, listInbox, updateInboxNote } from './inbox';
import { trash } from './trash';
import { createContact } from './contacts';
import { at, replica, sync, transactionsDuring } from './test-support';

describe('inbox', () => {
  it('lists live notes newest first', () => {
    const doc = new Y.Doc();
    const older = addInboxNote(doc, 'Ask Ana about the meetup', at('2026-03-01'));
    const newer = addInboxNote(doc, 'Thank Sam', at('2026-03-02'));
    const gone = addInboxNote(doc, 'Never mind', at('2026-03-03'));
    trash(doc, 'inbox', gone, at('2026-03-04'));
    expect(listInbox(doc).map((n) => n.id)).toEqual([newer, older]);
  });

  it('edits a note in place, in one transaction, keeping when it was captured', () => {
    const doc = new Y.Doc();
    const id = addInboxNote(doc, 'Ask Ana', at('2026-03-01'));
    let wrote = false;
    expect(transactionsDuring(doc, () => (wrote = updateInboxNote(doc, id, 'Ask Ana\nabout the meetup')))).toBe(1);
    expect(wrote).toBe(true);
    expect(listInbox(doc)).toEqual([
      {
        id,
        text: 'Ask Ana\nabout the meetup',
        createdAt: at('2026-03-01').toISOString(),
        deletedAt: undefined,
        contactIds: [],
      },
    ]);
  });

  it('writes nothing for an unchanged text or a note that is not there', () => {
    const doc = new Y.Doc();
    const id = addInboxNote(doc, 'Ask Ana', at('2026-03-01'));
    inboxMap(doc).set('odd', 'not a note' as never);
    expect(transactionsDuring(doc, () => updateInboxNote(doc, id, 'Ask Ana'))).toBe(0);
    expect(updateInboxNote(doc, 'missing', 'text')).toBe(false);
    expect(updateInboxNote(doc, 'odd', 'text')).toBe(false);
    expect(listInbox(doc).map((n) => n.text)).toEqual(['Ask Ana']);
  });

  it('keeps fields it does not know when the text changes (a newer version may add some)', () => {
    const doc = new Y.Doc();
    const id = addInboxNote(doc, 'Ask Ana', at('2026-03-01'));
    inboxMap(doc).get(id)?.set('source', 'tray');
    const other = replica(doc);
    updateInboxNote(other, id, 'Ask Ana about mentoring', at('2026-03-02'));
    sync(doc, other);
    expect(inboxMap(doc).get(id)?.get('source')).toBe('tray');
    expect(listInbox(doc)[0]?.text).toBe('Ask Ana about mentoring');
  });

  it('keeps whom a note is about, refusing people who are not in the journal and writing nothing then', () => {
    const doc = new Y.Doc();
    const emma = createContact(doc, { name: 'Emma Lind' }, at('2026-03-01'));
    const sam = createContact(doc, { name: 'Sam Ek' }, at('2026-03-01'));
    const gone = createContact(doc, { name: 'Old Friend' }, at('2026-03-01'));
    trash(doc, 'contacts', gone, at('2026-03-01'));
    const id = addInboxNote(doc, 'Lunch with Emma and Sam', at('2026-03-02'), [sam, emma]);
    expect(listInbox(doc)[0]?.contactIds).toEqual([emma, sam].sort());
    expect(inboxMap(doc).get(id)?.get(`contactIds:${emma}`)).toBe(true);
    expect(() => addInboxNote(doc, 'Who?', at('2026-03-03'), ['nobody'])).toThrow('No contact with id nobody');
    expect(() => addInboxNote(doc, 'Who?', at('2026-03-03'), [gone])).toThrow(/in the trash/);
    expect(listInbox(doc)).toHaveLength(1);
  });

  it('reads notes written before people could be picked (no id set) as about nobody', () => {
    const doc = new Y.Doc();
    const old = new Y.Map<unknown>();
    doc.transact(() => {
      inboxMap(doc).set('old', old as never);
      old.set('text', 'From an older Rapport');
      old.set('createdAt', at('2026-01-01').toISOString());
    });
    expect(listInbox(doc)).toEqual([
      {
        id: 'old',
        text: 'From an older Rapport',
        createdAt: at('2026-01-01').toISOString(),
        deletedAt: undefined,
        contactIds: [],
      },
    ]);
  });
});
