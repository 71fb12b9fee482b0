import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact, trash, updateContact } from '@shared/schema';
import { LiveContacts } from './live-contacts';

describe('live contacts', () => {
  it('re-reads only the people an edit touched; the rest keep their identity', () => {
    const doc = new Y.Doc();
    const ada = createContact(doc, { name: 'Ada' });
    const bo = createContact(doc, { name: 'Bo' });
    const live = new LiveContacts(doc);
    let calls = 0;
    live.subscribe(() => (calls += 1));
    const first = live.getSnapshot();
    expect(live.getSnapshot()).toBe(first); // stable until something changes
    updateContact(doc, ada, { stage: 'in-touch' });
    const second = live.getSnapshot();
    expect(calls).toBe(1);
    expect(second).not.toBe(first);
    expect(second.find((c) => c.id === ada)?.stage).toBe('in-touch');
    expect(second.find((c) => c.id === bo)).toBe(first.find((c) => c.id === bo));
  });

  it('notices people added, trashed and edited inside nested fields, and edits made by another device', () => {
    const doc = new Y.Doc();
    const ada = createContact(doc, { name: 'Ada' });
    const live = new LiveContacts(doc);
    expect(live.getSnapshot().map((c) => c.name)).toEqual(['Ada']);
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    createContact(other, { name: 'Bo' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(
      live
        .getSnapshot()
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Ada', 'Bo']);
    trash(doc, 'contacts', ada);
    expect(live.getSnapshot().map((c) => c.name)).toEqual(['Bo']);
  });
});
