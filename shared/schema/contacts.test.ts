import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contactsMap, createContact, getContact, listContacts, updateContact } from './contacts';
import { contactDraft, contactNotes } from './contact-text';
import { createGoal, getGoal } from './goals';
import { createCircle, getCircle } from './circles';
import { paragraphs, plainText } from './rich-text';
import { at, replica, sync } from './test-support';

const now = at('2026-03-02');

describe('contacts', () => {
  it('round-trips every field through the accessors', () => {
    const doc = new Y.Doc();
    const goal = createGoal(doc, { title: 'Move into product' }, now);
    const circle = createCircle(doc, { name: 'Alumni' }, now);
    const id = createContact(
      doc,
      {
        name: '  Åsa Lindén ',
        company: 'Nordlys',
        otherLinks: ['https://asa.example'],
        emails: ['asa@nordlys.se'],
        goalIds: [goal],
        circleIds: [circle],
        nextStep: { text: ' Ask about the meetup ', due: '2026-03-09' },
        cadence: { idealDays: 30, maxDays: 60 },
        snoozedUntil: '2026-03-05',
        connectedOn: '2024-05-01',
      },
      now,
    );
    expect(getContact(doc, id)).toMatchObject({
      name: 'Åsa Lindén',
      stage: 'identified',
      source: 'manual',
      otherLinks: ['https://asa.example'],
      goalIds: [goal],
      circleIds: [circle],
      nextStep: { text: 'Ask about the meetup', due: '2026-03-09' },
      cadence: { idealDays: 30, maxDays: 60 },
      snoozedUntil: '2026-03-05',
      reachedOutOn: undefined,
      stageChangedOn: undefined,
      createdAt: now.toISOString(),
      deletedAt: undefined,
    });
    expect(getGoal(doc, goal)?.contactIds).toEqual([id]);
    expect(getCircle(doc, circle)?.memberIds).toEqual([id]);
  });

  it('clears optional fields with null and leaves them alone with undefined', () => {
    const doc = new Y.Doc();
    const id = createContact(
      doc,
      { name: 'Bo', nextStep: { text: 'Call', due: undefined }, cadence: { idealDays: 7, maxDays: 14 } },
      now,
    );
    updateContact(doc, id, { nextStep: null, role: 'CTO' }, now);
    expect(getContact(doc, id)).toMatchObject({
      nextStep: undefined,
      cadence: { idealDays: 7, maxDays: 14 },
      role: 'CTO',
    });
  });

  it('rejects malformed values before writing anything', () => {
    const doc = new Y.Doc();
    expect(() => createContact(doc, { name: 'Cy', cadence: { idealDays: 30, maxDays: 10 } }, now)).toThrow(RangeError);
    expect(() => createContact(doc, { name: 'Cy', goalIds: ['no-such-goal'] }, now)).toThrow(/No goal/);
    expect(contactsMap(doc).size).toBe(0);
    const id = createContact(doc, { name: 'Cy' }, now);
    expect(() => updateContact(doc, id, { company: 'X', snoozedUntil: 'next week' }, now)).toThrow(RangeError);
    expect(getContact(doc, id)?.company).toBe('');
  });

  it('keeps fields written by a newer version when updating', () => {
    const doc = new Y.Doc();
    const id = createContact(doc, { name: 'Dee' }, now);
    contactsMap(doc).get(id)?.set('pronouns', 'they/them');
    updateContact(doc, id, { company: 'Acme', goalIds: [] }, now);
    expect(contactsMap(doc).get(id)?.get('pronouns')).toBe('they/them');
  });

  it('keeps both edits when two devices change different fields of the same contact', () => {
    const laptop = new Y.Doc();
    const id = createContact(laptop, { name: 'Eli' }, now);
    const desktop = replica(laptop);
    updateContact(laptop, id, { company: 'Lumen', cadence: { idealDays: 14, maxDays: 30 } }, now);
    updateContact(desktop, id, { role: 'Staff Engineer', tags: ['mentor'] }, now);
    sync(laptop, desktop);
    for (const doc of [laptop, desktop]) {
      expect(getContact(doc, id)).toMatchObject({
        company: 'Lumen',
        role: 'Staff Engineer',
        tags: ['mentor'],
        cadence: { idealDays: 14 },
      });
    }
  });

  it('keeps both links when two devices link the same contact to different goals', () => {
    const laptop = new Y.Doc();
    const id = createContact(laptop, { name: 'Fay' }, now);
    const g1 = createGoal(laptop, { title: 'One' }, now);
    const g2 = createGoal(laptop, { title: 'Two' }, now);
    const desktop = replica(laptop);
    updateContact(laptop, id, { goalIds: [g1] }, now);
    updateContact(desktop, id, { goalIds: [g2] }, now);
    sync(laptop, desktop);
    expect(getContact(desktop, id)?.goalIds).toEqual([g1, g2].sort());
    expect(getContact(laptop, id)?.goalIds).toEqual([g1, g2].sort());
  });

  it('stamps reachedOutOn when an existing contact leaves identified, not when created further along', () => {
    const doc = new Y.Doc();
    const met = createContact(doc, { name: 'Gil', stage: 'in-touch' }, now);
    const fresh = createContact(doc, { name: 'Hal' }, now);
    updateContact(doc, fresh, { stage: 'paused' }, at('2026-03-03'));
    expect(getContact(doc, fresh)?.reachedOutOn).toBeUndefined();
    updateContact(doc, fresh, { stage: 'identified' }, at('2026-03-03'));
    updateContact(doc, fresh, { stage: 'reached-out' }, at('2026-03-04'));
    updateContact(doc, fresh, { stage: 'identified' }, at('2026-03-05'));
    updateContact(doc, fresh, { stage: 'in-touch' }, at('2026-03-06'));
    expect(getContact(doc, fresh)?.reachedOutOn).toBe('2026-03-04');
    expect(getContact(doc, met)?.reachedOutOn).toBeUndefined();
  });

  it('stamps stageChangedOn on a real move of an existing contact only', () => {
    const doc = new Y.Doc();
    const id = createContact(doc, { name: 'Ines', stage: 'in-touch' }, now);
    expect(getContact(doc, id)?.stageChangedOn).toBeUndefined();
    updateContact(doc, id, { stage: 'in-touch', company: 'Nordlys' }, at('2026-03-03'));
    expect(getContact(doc, id)?.stageChangedOn).toBeUndefined();
    updateContact(doc, id, { stage: 'relationship' }, at('2026-03-04'));
    updateContact(doc, id, { role: 'Designer' }, at('2026-03-05'));
    expect(getContact(doc, id)?.stageChangedOn).toBe('2026-03-04');
    updateContact(doc, id, { stage: 'paused' }, at('2026-03-06'));
    expect(getContact(doc, id)?.stageChangedOn).toBe('2026-03-06');
  });

  it('reads a stageChangedOn it cannot understand as none, and counts a contact stored without a stage as identified', () => {
    const doc = new Y.Doc();
    const id = createContact(doc, { name: 'Jon' }, now);
    const map = contactsMap(doc).get(id);
    map?.set('stageChangedOn', 'last tuesday');
    expect(getContact(doc, id)?.stageChangedOn).toBeUndefined();
    map?.delete('stage');
    updateContact(doc, id, { stage: 'reached-out' }, at('2026-03-07'));
    expect(getContact(doc, id)).toMatchObject({ stageChangedOn: '2026-03-07', reachedOutOn: '2026-03-07' });
  });

  it('gives every new contact its notes and draft up front, so two devices writing notes both keep theirs', () => {
    const laptop = new Y.Doc();
    const id = createContact(laptop, { name: 'Ida' }, now);
    const desktop = replica(laptop);
    contactNotes(laptop, id).insert(0, paragraphs('Met at the book club'));
    contactNotes(desktop, id).insert(0, paragraphs('Likes sailing'));
    sync(laptop, desktop);
    const text = plainText(contactNotes(desktop, id));
    expect(text).toContain('Met at the book club');
    expect(text).toContain('Likes sailing');
    expect(plainText(contactNotes(laptop, id))).toBe(text);
    expect(plainText(contactDraft(laptop, id))).toBe('');
  });

  it('creates notes lazily for a contact stored by an older version, keeping old plain-text notes', () => {
    const doc = new Y.Doc();
    const legacy = new Y.Map<unknown>();
    contactsMap(doc).set('old', legacy);
    legacy.set('name', 'Jo');
    legacy.set('notes', 'First line\nSecond line');
    const notes = contactNotes(doc, 'old');
    expect(notes).toBeInstanceOf(Y.XmlFragment);
    expect(plainText(notes)).toBe('First line\nSecond line');
    expect(contactNotes(doc, 'old')).toBe(notes);
    expect(() => contactDraft(doc, 'missing')).toThrow(/No contact/);
  });

  it('reads values of the wrong type as empty instead of failing', () => {
    const doc = new Y.Doc();
    const id = createContact(doc, { name: 'Kim' }, now);
    const map = contactsMap(doc).get(id);
    map?.set('nextStep', 'call her');
    map?.set('cadence', { idealDays: -3 });
    map?.set('snoozedUntil', 42);
    map?.set('otherLinks', ['ok', 7]);
    expect(getContact(doc, id)).toMatchObject({
      nextStep: undefined,
      cadence: undefined,
      snoozedUntil: undefined,
      otherLinks: ['ok'],
    });
    expect(listContacts(doc).map((c) => c.name)).toEqual(['Kim']);
  });
});
