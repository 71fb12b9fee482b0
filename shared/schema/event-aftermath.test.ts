import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { COLLECTIONS, collection } from './journal-doc';
import { createCircle, getCircle } from './circles';
import { createContact, getContact, listContacts } from './contacts';
import { createEvent, eventsMap, getEvent } from './events';
import { recordAftermath } from './event-aftermath';
import { createGoal, getGoal } from './goals';
import { getInteraction, listInteractions, listInteractionsAt } from './interactions';
import { at, transactionsDuring } from './test-support';

const now = at('2026-11-13');

function journal() {
  const doc = new Y.Doc();
  const circle = createCircle(doc, { name: 'Design guild' }, now);
  const goal = createGoal(doc, { title: 'Move into product design' }, now);
  const ana = createContact(doc, { name: 'Ana', stage: 'identified' }, now);
  const ben = createContact(doc, { name: 'Ben', stage: 'relationship' }, now);
  const eventId = createEvent(
    doc,
    {
      title: 'Design meetup',
      date: '2026-11-12',
      circleId: circle,
      goalIds: [goal],
      meetContactIds: [ana],
      meetNames: ['Cecilia'],
      energyPlanned: 3,
    },
    now,
  );
  return { doc, circle, goal, ana, ben, eventId };
}

/** Everything the aftermath may touch, as plain data. */
function state(doc: Y.Doc): unknown {
  return Object.fromEntries(COLLECTIONS.map((name) => [name, collection(doc, name).toJSON()]));
}

describe('recordAftermath', () => {
  it('turns new names into contacts from the event, in touch, in its circle and goals', () => {
    const { doc, circle, goal, eventId } = journal();
    const { contactIds } = recordAftermath(doc, eventId, { energySpent: 4, met: [{ name: ' Cecilia ' }] }, now);
    const cecilia = contactIds[0] ?? '';
    expect(getContact(doc, cecilia)).toMatchObject({
      name: 'Cecilia',
      source: 'event',
      stage: 'in-touch',
      circleIds: [circle],
      goalIds: [goal],
    });
    // Linked on both sides, like every goal and circle link.
    expect(getGoal(doc, goal)?.contactIds).toContain(cecilia);
    expect(getCircle(doc, circle)?.memberIds).toContain(cecilia);
  });

  it('gives each person met one event interaction linked to the event, and records the energy', () => {
    const { doc, ana, ben, eventId } = journal();
    const result = recordAftermath(
      doc,
      eventId,
      {
        energySpent: 4,
        met: [{ contactId: ana, line: ' Talked about design systems ' }, { contactId: ben }, { name: 'Cecilia' }],
      },
      now,
    );
    expect(result.contactIds).toHaveLength(3);
    expect(result.contactIds.slice(0, 2)).toEqual([ana, ben]);
    expect(result.interactionIds).toHaveLength(3);
    expect(listInteractionsAt(doc, eventId)).toHaveLength(3);
    result.contactIds.forEach((contactId, i) => {
      const interaction = getInteraction(doc, result.interactionIds[i] ?? '');
      expect(interaction).toMatchObject({ kind: 'event', eventId, contactIds: [contactId], date: '2026-11-12' });
      expect(listInteractions(doc, contactId)).toHaveLength(1);
    });
    expect(getInteraction(doc, result.interactionIds[0] ?? '')?.summary).toBe('Talked about design systems');
    // Without a line, the event's title says where they met.
    expect(getInteraction(doc, result.interactionIds[1] ?? '')?.summary).toBe('Design meetup');
    expect(getEvent(doc, eventId)).toMatchObject({
      energySpent: 4,
      recordedAt: now.toISOString(),
      metContactIds: [...result.contactIds].sort(),
    });
  });

  it('sets next steps and moves identified contacts on to in touch, never back', () => {
    const { doc, ana, ben, eventId } = journal();
    const { contactIds } = recordAftermath(
      doc,
      eventId,
      {
        energySpent: 2,
        met: [
          { contactId: ana, nextStep: { text: 'Send the article', due: '2026-11-20' } },
          { contactId: ben, nextStep: { text: '  ' } },
          { name: 'Cecilia', nextStep: { text: 'Ask about the guild' } },
        ],
      },
      now,
    );
    expect(getContact(doc, ana)).toMatchObject({
      stage: 'in-touch',
      nextStep: { text: 'Send the article', due: '2026-11-20' },
    });
    expect(getContact(doc, ben)).toMatchObject({ stage: 'relationship', nextStep: undefined });
    expect(getContact(doc, contactIds[2] ?? '')?.nextStep).toEqual({ text: 'Ask about the guild' });
  });

  it('dates the interactions today when the event has no date or has not happened yet', () => {
    const { doc, ana } = journal();
    const undated = createEvent(doc, { title: 'Fika' }, now);
    const future = createEvent(doc, { title: 'Later', date: '2026-12-24' }, now);
    const a = recordAftermath(doc, undated, { energySpent: 1, met: [{ contactId: ana }] }, now);
    const b = recordAftermath(doc, future, { energySpent: 1, met: [{ contactId: ana }] }, now);
    expect(getInteraction(doc, a.interactionIds[0] ?? '')?.date).toBe('2026-11-13');
    expect(getInteraction(doc, b.interactionIds[0] ?? '')?.date).toBe('2026-11-13');
  });

  it('is one transaction, and one undo step takes all of it back (and redo brings it again)', () => {
    const { doc, ana, eventId } = journal();
    const undo = new Y.UndoManager(
      COLLECTIONS.map((name) => collection(doc, name)),
      { captureTimeout: 0 },
    );
    const before = state(doc);
    const contactsBefore = listContacts(doc).length;
    let after: unknown;
    expect(
      transactionsDuring(doc, () => {
        recordAftermath(
          doc,
          eventId,
          {
            energySpent: 5,
            met: [{ contactId: ana, nextStep: { text: 'Write' } }, { name: 'Cecilia' }, { name: 'Dag' }],
          },
          now,
        );
        after = state(doc);
      }),
    ).toBe(1);
    expect(undo.undoStack).toHaveLength(1);
    expect(listContacts(doc)).toHaveLength(contactsBefore + 2);
    undo.undo();
    expect(state(doc)).toEqual(before);
    expect(getEvent(doc, eventId)?.recordedAt).toBeUndefined();
    expect(getContact(doc, ana)?.stage).toBe('identified');
    undo.redo();
    expect(state(doc)).toEqual(after);
  });

  it('throws on bad input before anything is written', () => {
    const { doc, ana, eventId } = journal();
    const before = Y.encodeStateAsUpdate(doc);
    const bad = [
      () => recordAftermath(doc, eventId, { energySpent: 0 as never, met: [] }, now),
      () => recordAftermath(doc, eventId, { energySpent: 3, met: [{ contactId: ana }, { contactId: 'missing' }] }, now),
      () => recordAftermath(doc, eventId, { energySpent: 3, met: [{ contactId: ana }, { name: '  ' }] }, now),
      () => recordAftermath(doc, eventId, { energySpent: 3, met: [{ contactId: ana }, { contactId: ana }] }, now),
      () =>
        recordAftermath(
          doc,
          eventId,
          { energySpent: 3, met: [{ name: 'Cecilia' }, { contactId: ana, nextStep: { text: 'x', due: 'soon' } }] },
          now,
        ),
      () => recordAftermath(doc, 'missing', { energySpent: 3, met: [] }, now),
    ];
    for (const call of bad) expect(call).toThrow();
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('still records when the event names a goal or circle that another device purged', () => {
    const { doc, eventId } = journal();
    const map = eventsMap(doc).get(eventId);
    map?.set('goalIds:gone', true);
    map?.set('circleId', 'gone-too');
    const { contactIds } = recordAftermath(doc, eventId, { energySpent: 3, met: [{ name: 'Cecilia' }] }, now);
    expect(getContact(doc, contactIds[0] ?? '')).toMatchObject({ circleIds: [], goalIds: [expect.any(String)] });
  });
});
