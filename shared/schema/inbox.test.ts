import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addInboxNote, inboxMap, listInbox, updateInboxNote } from './inbox';
import { trash } from './trash';
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
      { id, text: 'Ask Ana\nabout the meetup', createdAt: at('2026-03-01').toISOString(), deletedAt: undefined },
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
});
