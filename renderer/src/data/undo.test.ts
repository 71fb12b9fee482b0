import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact, getContact, migrate, updateContact } from '@shared/schema';
import { editLocally, separateUndoSteps, undoManagerFor } from './undo';

function pair(): { doc: Y.Doc; remote: Y.Doc } {
  const doc = new Y.Doc();
  migrate(doc);
  const remote = new Y.Doc();
  Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
  return { doc, remote };
}

describe('local undo', () => {
  it('undoes and redoes the user’s own edit as one step', () => {
    const { doc } = pair();
    const id = editLocally(doc, () => createContact(doc, { name: 'Ada', company: 'Analytical' }));
    separateUndoSteps(doc);
    editLocally(doc, () => updateContact(doc, id, { company: 'Engines Ltd', role: 'Engineer' }));
    undoManagerFor(doc).undo();
    expect(getContact(doc, id)).toMatchObject({ company: 'Analytical' });
    expect(getContact(doc, id)?.role ?? '').toBe('');
    undoManagerFor(doc).redo();
    expect(getContact(doc, id)).toMatchObject({ company: 'Engines Ltd', role: 'Engineer' });
  });

  it('never undoes an edit that arrived from elsewhere', () => {
    const { doc, remote } = pair();
    const mine = editLocally(doc, () => createContact(doc, { name: 'Mine' }));
    separateUndoSteps(doc);
    const theirs = createContact(remote, { name: 'Theirs' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote), 'main-sync');
    undoManagerFor(doc).undo();
    expect(getContact(doc, mine)).toBeUndefined();
    expect(getContact(doc, theirs)?.name).toBe('Theirs');
    expect(undoManagerFor(doc).undoStack).toHaveLength(0);
  });
});
