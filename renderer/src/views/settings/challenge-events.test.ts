import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  contactNotes,
  contactsMap,
  createContact,
  interactionsMap,
  logInteraction,
  trash,
  updateContact,
  updateInteraction,
} from '@shared/schema';
import { contactKeyMatters, interactionKeyMatters, movesChallenge, type ChangeEvent } from './challenge-events';

function watch(root: Y.Map<Y.Map<unknown>>, keyMatters: (key: string) => boolean): (change: () => void) => boolean {
  let seen: ChangeEvent[] = [];
  root.observeDeep((events) => {
    seen = events;
  });
  return (change) => {
    seen = [];
    change();
    return movesChallenge(seen, root as Y.Map<unknown>, keyMatters);
  };
}

describe('movesChallenge', () => {
  it('counts new contacts, first reach-outs and trashing, not other edits', () => {
    const doc = new Y.Doc();
    const changes = watch(contactsMap(doc), contactKeyMatters);
    let id = '';
    expect(changes(() => (id = createContact(doc, { name: 'Ana' })))).toBe(true);
    expect(changes(() => updateContact(doc, id, { company: 'Lumen' }))).toBe(false);
    expect(changes(() => contactNotes(doc, id).insert(0, [new Y.XmlText('hello')]))).toBe(false);
    expect(changes(() => updateContact(doc, id, { stage: 'reached-out' }))).toBe(true);
    expect(changes(() => trash(doc, 'contacts', id))).toBe(true);
  });

  it('counts interaction kind, date, people and trashing, not the summary', () => {
    const doc = new Y.Doc();
    const ana = createContact(doc, { name: 'Ana' });
    const bo = createContact(doc, { name: 'Bo' });
    const changes = watch(interactionsMap(doc), interactionKeyMatters);
    let id = '';
    expect(changes(() => (id = logInteraction(doc, { kind: 'message', contactIds: [ana] })))).toBe(true);
    expect(changes(() => updateInteraction(doc, id, { summary: 'Said hello' }))).toBe(false);
    expect(changes(() => updateInteraction(doc, id, { contactIds: [ana, bo] }))).toBe(true);
    expect(changes(() => updateInteraction(doc, id, { kind: 'call' }))).toBe(true);
    expect(changes(() => trash(doc, 'interactions', id))).toBe(true);
  });
});
