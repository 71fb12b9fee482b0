// What pairing with another journal does: the summary shown before confirming, and the state the journal gets.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact, listContacts, migrate, readMeta, trash } from '../schema';
import { at } from '../schema/test-support';
import { adoptedState, adoptionSummary, holdsEntities } from './adopt-plan';

function journal(...people: string[]): Y.Doc {
  const doc = new Y.Doc();
  migrate(doc);
  for (const name of people) createContact(doc, { name }, at('2026-11-20'));
  return doc;
}

const names = (doc: Y.Doc) =>
  listContacts(doc)
    .map((c) => c.name)
    .sort();

describe('adoptionSummary', () => {
  it('says an empty journal takes the other one', () => {
    expect(adoptionSummary(journal())).toEqual({ kind: 'take' });
  });

  it('counts the live entities that will be merged, leaving the Trash out', () => {
    const doc = journal('Astrid', 'Bo', 'Cia');
    trash(doc, 'contacts', listContacts(doc)[0]!.id, at('2026-11-21'));
    const summary = adoptionSummary(doc);
    expect(summary.kind).toBe('merge');
    expect(summary.kind === 'merge' && summary.counts.contacts).toBe(2);
    expect(summary.kind === 'merge' && summary.counts.goals).toBe(0);
  });

  it('treats a journal holding only trashed entries as empty, though they are backed up', () => {
    const doc = journal('Astrid');
    trash(doc, 'contacts', listContacts(doc)[0]!.id, at('2026-11-21'));
    expect(adoptionSummary(doc)).toEqual({ kind: 'take' });
    expect(holdsEntities(doc)).toBe(true);
    expect(holdsEntities(journal())).toBe(false);
  });
});

describe('adoptedState', () => {
  it('is the other journal exactly when this one is empty', () => {
    const theirs = Y.encodeStateAsUpdate(journal('Noor'));
    expect(adoptedState(journal(), theirs)).toBe(theirs);
  });

  it("merges this journal's entities into the other's, under the other's id and epoch", () => {
    const other = journal('Noor');
    const mine = journal('Astrid', 'Bo');
    const mineBefore = Y.encodeStateAsUpdate(mine);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, adoptedState(mine, Y.encodeStateAsUpdate(other), at('2026-11-22')));
    expect(names(doc)).toEqual(['Astrid', 'Bo', 'Noor']);
    expect(readMeta(doc)).toEqual(readMeta(other));
    expect(Y.encodeStateAsUpdate(mine)).toEqual(mineBefore); // this journal itself is left as it was
  });
});
