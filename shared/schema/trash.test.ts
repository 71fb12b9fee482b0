import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { counts } from './journal-doc';
import { createCircle, getCircle } from './circles';
import { createContact, getContact, listContacts } from './contacts';
import { createGoal, getGoal } from './goals';
import { getInteraction, logInteraction } from './interactions';
import { createEvent, getEvent } from './events';
import { recordAftermath } from './event-aftermath';
import { createReflection, getReflection } from './reflections';
import { addInboxNote } from './inbox';
import { listTrash, purge, purgeExpired, restore, trash } from './trash';
import { at } from './test-support';

const day = 86_400_000;

describe('trash', () => {
  it('hides trashed entries, lists them newest first and restores them with their links', () => {
    const doc = new Y.Doc();
    const goal = createGoal(doc, { title: 'Find a mentor' });
    const ana = createContact(doc, { name: 'Ana', goalIds: [goal] });
    const note = addInboxNote(doc, 'Call Ana about\nthe meetup');
    trash(doc, 'contacts', ana, at('2026-01-02'));
    trash(doc, 'inbox', note, at('2026-01-03'));
    trash(doc, 'contacts', ana, at('2026-01-09')); // again: the first date stands
    expect(listContacts(doc)).toEqual([]);
    expect(counts(doc).contacts).toBe(0);
    expect(listTrash(doc)).toEqual([
      { collection: 'inbox', id: note, title: 'Call Ana about', deletedAt: at('2026-01-03').toISOString() },
      { collection: 'contacts', id: ana, title: 'Ana', deletedAt: at('2026-01-02').toISOString() },
    ]);
    restore(doc, 'contacts', ana);
    expect(counts(doc).contacts).toBe(1);
    expect(getContact(doc, ana)).toMatchObject({ deletedAt: undefined, goalIds: [goal] });
    expect(listTrash(doc).map((e) => e.id)).toEqual([note]);
  });

  it('purges only what is in the Trash', () => {
    const doc = new Y.Doc();
    const ana = createContact(doc, { name: 'Ana' });
    expect(purge(doc, 'contacts', ana)).toBe(false);
    expect(purge(doc, 'contacts', 'missing')).toBe(false);
    expect(getContact(doc, ana)).toBeDefined();
    trash(doc, 'contacts', ana);
    expect(purge(doc, 'contacts', ana)).toBe(true);
    expect(getContact(doc, ana)).toBeUndefined();
  });

  it('removes a purged contact from goals, circles and interactions, which stay', () => {
    const doc = new Y.Doc();
    const goal = createGoal(doc, { title: 'G' });
    const circle = createCircle(doc, { name: 'C' });
    const ana = createContact(doc, { name: 'Ana', goalIds: [goal], circleIds: [circle] });
    const ben = createContact(doc, { name: 'Ben', goalIds: [goal] });
    const coffee = logInteraction(doc, { kind: 'coffee', contactIds: [ana, ben] });
    trash(doc, 'contacts', ana);
    expect(getGoal(doc, goal)?.contactIds).toContain(ana); // trashing alone keeps links, for restore
    purge(doc, 'contacts', ana);
    expect(getGoal(doc, goal)?.contactIds).toEqual([ben]);
    expect(getCircle(doc, circle)?.memberIds).toEqual([]);
    expect(getInteraction(doc, coffee)?.contactIds).toEqual([ben]);
    trash(doc, 'goals', goal);
    purge(doc, 'goals', goal);
    expect(getContact(doc, ben)?.goalIds).toEqual([]);
  });

  it('removes a purged contact from events and reflections, which stay', () => {
    const doc = new Y.Doc();
    const ana = createContact(doc, { name: 'Ana' });
    const ben = createContact(doc, { name: 'Ben' });
    const meetup = createEvent(doc, { title: 'Meetup', meetContactIds: [ana, ben] });
    recordAftermath(doc, meetup, { energySpent: 2, met: [{ contactId: ana }, { contactId: ben }] });
    const entry = createReflection(doc, { contactIds: [ana, ben], eventIds: [meetup] });
    trash(doc, 'contacts', ana);
    expect(getEvent(doc, meetup)?.metContactIds).toContain(ana); // kept for a restore
    purge(doc, 'contacts', ana);
    expect(getEvent(doc, meetup)).toMatchObject({ meetContactIds: [ben], metContactIds: [ben] });
    expect(getReflection(doc, entry)).toMatchObject({ contactIds: [ben], eventIds: [meetup] });
  });

  it('removes a purged goal, circle or event from everything that named it', () => {
    const doc = new Y.Doc();
    const goal = createGoal(doc, { title: 'G' });
    const circle = createCircle(doc, { name: 'C' });
    const ana = createContact(doc, { name: 'Ana', circleIds: [circle] });
    const meetup = createEvent(doc, { title: 'Meetup', goalIds: [goal], circleId: circle });
    const coffee = logInteraction(doc, { kind: 'event', eventId: meetup, contactIds: [ana] });
    const entry = createReflection(doc, { goalIds: [goal], eventIds: [meetup] });

    trash(doc, 'goals', goal);
    purge(doc, 'goals', goal);
    expect(getEvent(doc, meetup)?.goalIds).toEqual([]);
    expect(getReflection(doc, entry)?.goalIds).toEqual([]);

    trash(doc, 'circles', circle);
    purge(doc, 'circles', circle);
    expect(getEvent(doc, meetup)?.circleId).toBeUndefined();
    expect(getContact(doc, ana)?.circleIds).toEqual([]);

    const goal2 = createGoal(doc, { title: 'G2', eventIds: [meetup] });
    trash(doc, 'events', meetup);
    expect(getInteraction(doc, coffee)?.eventId).toBe(meetup); // kept for a restore
    purge(doc, 'events', meetup);
    expect(getEvent(doc, meetup)).toBeUndefined();
    expect(getInteraction(doc, coffee)).toMatchObject({ eventId: undefined, contactIds: [ana] });
    expect(getReflection(doc, entry)?.eventIds).toEqual([]);
    expect(getGoal(doc, goal2)?.eventIds).toEqual([]);
  });

  it('purges entries trashed more than 30 days ago, and keeps those at exactly 30 days', () => {
    const doc = new Y.Doc();
    const now = at('2026-03-31');
    const old = createContact(doc, { name: 'Old' });
    const edge = createContact(doc, { name: 'Edge' });
    const recent = createGoal(doc, { title: 'Recent' });
    const undated = createContact(doc, { name: 'Undated' });
    trash(doc, 'contacts', old, new Date(now.getTime() - 30 * day - 1));
    trash(doc, 'contacts', edge, new Date(now.getTime() - 30 * day));
    trash(doc, 'goals', recent, new Date(now.getTime() - day));
    trash(doc, 'contacts', undated);
    doc.getMap<Y.Map<unknown>>('contacts').get(undated)?.set('deletedAt', 'long ago');
    expect(purgeExpired(doc, now).map((e) => e.id)).toEqual([old]);
    expect(
      listTrash(doc)
        .map((e) => e.id)
        .sort(),
    ).toEqual([edge, recent, undated].sort());
    expect(purgeExpired(doc, new Date(now.getTime() + 1), 30).map((e) => e.id)).toEqual([edge]);
    expect(purgeExpired(doc, now, 0).map((e) => e.id)).toEqual([recent]);
  });
});
