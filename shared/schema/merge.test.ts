import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contactsMap, createContact, getContact, updateContact } from './contacts';
import { contactDraft, contactNotes } from './contact-text';
import { createCircle, getCircle } from './circles';
import { createGoal, getGoal } from './goals';
import { getInteraction, listInteractionsFor, logInteraction } from './interactions';
import { createEvent, getEvent } from './events';
import { recordAftermath } from './event-aftermath';
import { createReflection, getReflection, listReflections } from './reflections';
import { mergeContacts } from './merge';
import { paragraphs, plainText } from './rich-text';
import { listTrash } from './trash';
import { at, transactionsDuring } from './test-support';

const now = at('2026-04-01');

function journal() {
  const doc = new Y.Doc();
  const g1 = createGoal(doc, { title: 'G1' }, now);
  const g2 = createGoal(doc, { title: 'G2' }, now);
  const circle = createCircle(doc, { name: 'Alumni' }, now);
  const keep = createContact(
    doc,
    {
      name: 'Åsa Lindén',
      company: 'Nordlys',
      emails: ['asa@nordlys.se'],
      tags: ['design'],
      goalIds: [g1],
      cadence: { idealDays: 30, maxDays: 60 },
    },
    at('2026-01-01'),
  );
  const drop = createContact(
    doc,
    {
      name: 'Asa Linden',
      company: 'Nordlys AB',
      role: 'Design lead',
      linkedinUrl: 'https://www.linkedin.com/in/asa',
      emails: ['ASA@nordlys.se', 'asa@home.se'],
      tags: ['design', 'mentor'],
      stage: 'in-touch',
      goalIds: [g1, g2],
      circleIds: [circle],
      nextStep: { text: 'Send the article', due: '2026-04-10' },
      cadence: { idealDays: 7, maxDays: 14 },
    },
    at('2026-02-01'),
  );
  return { doc, g1, g2, circle, keep, drop };
}

describe('mergeContacts', () => {
  it('fills empty fields from the dropped contact and never overwrites', () => {
    const { doc, keep, drop } = journal();
    contactsMap(doc).get(keep)?.set('pronouns', 'she/her');
    mergeContacts(doc, keep, drop, now);
    expect(getContact(doc, keep)).toMatchObject({
      name: 'Åsa Lindén',
      company: 'Nordlys',
      role: 'Design lead',
      linkedinUrl: 'https://www.linkedin.com/in/asa',
      stage: 'in-touch',
      cadence: { idealDays: 30, maxDays: 60 },
      nextStep: { text: 'Send the article', due: '2026-04-10' },
      emails: ['asa@nordlys.se', 'asa@home.se'],
      tags: ['design', 'mentor'],
      updatedAt: now.toISOString(),
    });
    expect(contactsMap(doc).get(keep)?.get('pronouns')).toBe('she/her');
  });

  it('keeps the day the dropped contact last moved when the kept one never moved', () => {
    const { doc, keep, drop } = journal();
    updateContact(doc, drop, { stage: 'relationship' }, at('2026-03-01'));
    mergeContacts(doc, keep, drop, now);
    expect(getContact(doc, keep)).toMatchObject({ stage: 'relationship', stageChangedOn: '2026-03-01' });
  });

  it('moves interactions, including shared ones, without duplicating the kept contact', () => {
    const { doc, keep, drop } = journal();
    const own = logInteraction(doc, { kind: 'call', contactIds: [drop] }, now);
    const shared = logInteraction(doc, { kind: 'coffee', contactIds: [keep, drop] }, now);
    mergeContacts(doc, keep, drop, now);
    expect(getInteraction(doc, own)?.contactIds).toEqual([keep]);
    expect(getInteraction(doc, shared)?.contactIds).toEqual([keep]);
    expect(listInteractionsFor(doc, keep)).toHaveLength(2);
    expect(listInteractionsFor(doc, drop)).toHaveLength(0);
  });

  it('repoints goal and circle memberships on both sides', () => {
    const { doc, g1, g2, circle, keep, drop } = journal();
    mergeContacts(doc, keep, drop, now);
    expect(getContact(doc, keep)).toMatchObject({ goalIds: [g1, g2].sort(), circleIds: [circle] });
    expect(getGoal(doc, g1)?.contactIds).toEqual([keep]);
    expect(getGoal(doc, g2)?.contactIds).toEqual([keep]);
    expect(getCircle(doc, circle)?.memberIds).toEqual([keep]);
    expect(getContact(doc, drop)).toMatchObject({ goalIds: [], circleIds: [] });
  });

  it('repoints reflections and the people of events, without duplicating the kept contact', () => {
    const { doc, keep, drop } = journal();
    const ben = createContact(doc, { name: 'Ben' }, now);
    const meetup = createEvent(doc, { title: 'Meetup', meetContactIds: [drop, ben] }, now);
    recordAftermath(doc, meetup, { energySpent: 3, met: [{ contactId: drop }, { contactId: keep }] }, now);
    const own = createReflection(doc, { contactIds: [drop], eventIds: [meetup] }, now);
    const shared = createReflection(doc, { contactIds: [keep, drop, ben] }, now);
    mergeContacts(doc, keep, drop, now);
    expect(getReflection(doc, own)?.contactIds).toEqual([keep]);
    expect(getReflection(doc, shared)?.contactIds).toEqual([keep, ben].sort());
    expect(listReflections(doc, { field: 'contactIds', id: keep })).toHaveLength(2);
    expect(listReflections(doc, { field: 'contactIds', id: drop })).toHaveLength(0);
    expect(getEvent(doc, meetup)).toMatchObject({
      meetContactIds: [keep, ben].sort(),
      metContactIds: [keep],
    });
  });

  it('appends the dropped notes and draft and trashes the dropped contact, in one transaction', () => {
    const { doc, keep, drop } = journal();
    contactNotes(doc, keep).insert(0, paragraphs('Met at Figma meetup'));
    contactNotes(doc, drop).insert(0, paragraphs('Imported note\nLikes sailing'));
    contactDraft(doc, drop).insert(0, paragraphs('Hi Åsa,'));
    expect(transactionsDuring(doc, () => mergeContacts(doc, keep, drop, now))).toBe(1);
    expect(plainText(contactNotes(doc, keep))).toBe('Met at Figma meetup\nImported note\nLikes sailing');
    expect(plainText(contactDraft(doc, keep))).toBe('Hi Åsa,');
    expect(plainText(contactNotes(doc, drop))).toBe('Imported note\nLikes sailing');
    expect(getContact(doc, drop)?.deletedAt).toBe(now.toISOString());
    expect(contactsMap(doc).get(drop)?.get('mergedInto')).toBe(keep);
    expect(listTrash(doc).map((e) => e.id)).toEqual([drop]);
  });

  it('refuses to merge a contact into itself or a trashed one, changing nothing', () => {
    const { doc, keep, drop } = journal();
    expect(() => mergeContacts(doc, keep, keep, now)).toThrow(/itself/);
    expect(() => mergeContacts(doc, keep, 'missing', now)).toThrow(/No contact/);
    mergeContacts(doc, keep, drop, now);
    const before = Y.encodeStateVector(doc);
    expect(() => mergeContacts(doc, keep, drop, now)).toThrow(/Trash/);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});
