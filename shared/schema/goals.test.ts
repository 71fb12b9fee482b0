import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact, getContact, listContacts, updateContact } from './contacts';
import { createCircle } from './circles';
import {
  createGoal,
  getGoal,
  goalStrategy,
  goalsMap,
  linkContactToGoal,
  listGoals,
  unlinkContactFromGoal,
  updateGoal,
} from './goals';
import { addStep, updateStep } from './goal-steps';
import { goalProgress } from './goal-progress';
import { paragraphs, plainText } from './rich-text';
import { trash } from './trash';
import { at } from './test-support';

const now = at('2026-02-01');

describe('goals', () => {
  it('round-trips, with its strategy as rich text', () => {
    const doc = new Y.Doc();
    const circle = createCircle(doc, { name: 'Design guild' }, now);
    const id = createGoal(
      doc,
      { title: ' Move into product design ', why: 'I like the user side', horizon: 'by autumn', circleIds: [circle] },
      now,
    );
    expect(getGoal(doc, id)).toEqual({
      id,
      title: 'Move into product design',
      why: 'I like the user side',
      horizon: 'by autumn',
      status: 'active',
      steps: [],
      contactIds: [],
      circleIds: [circle],
      eventIds: [],
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      deletedAt: undefined,
    });
    goalStrategy(doc, id).insert(0, paragraphs('Meet two designers a month'));
    expect(plainText(goalStrategy(doc, id))).toBe('Meet two designers a month');
    goalsMap(doc).get(id)?.set('colour', 'teal'); // from a newer version
    updateGoal(doc, id, { horizon: null, status: 'achieved' }, at('2026-06-01'));
    expect(getGoal(doc, id)).toMatchObject({
      horizon: undefined,
      status: 'achieved',
      updatedAt: at('2026-06-01').toISOString(),
    });
    expect(goalsMap(doc).get(id)?.get('colour')).toBe('teal');
    expect(() => updateGoal(doc, id, { eventIds: ['no-event'] })).toThrow(/No event/);
  });

  it('keeps both sides of a contact link consistent', () => {
    const doc = new Y.Doc();
    const goal = createGoal(doc, { title: 'G' }, now);
    const ana = createContact(doc, { name: 'Ana' }, now);
    const ben = createContact(doc, { name: 'Ben' }, now);
    linkContactToGoal(doc, ana, goal, now);
    updateGoal(doc, goal, { contactIds: [ana, ben] }, now);
    expect(getGoal(doc, goal)?.contactIds).toEqual([ana, ben].sort());
    expect(getContact(doc, ben)?.goalIds).toEqual([goal]);
    unlinkContactFromGoal(doc, ana, goal, now);
    expect(getContact(doc, ana)?.goalIds).toEqual([]);
    expect(getGoal(doc, goal)?.contactIds).toEqual([ben]);
    updateGoal(doc, goal, { contactIds: [] }, now);
    expect(getContact(doc, ben)?.goalIds).toEqual([]);
  });

  it('lists live goals, active first', () => {
    const doc = new Y.Doc();
    const done = createGoal(doc, { title: 'Done', status: 'achieved' }, at('2026-01-01'));
    const later = createGoal(doc, { title: 'Later' }, at('2026-01-03'));
    const first = createGoal(doc, { title: 'First' }, at('2026-01-02'));
    trash(doc, 'goals', createGoal(doc, { title: 'Gone' }, now), now);
    expect(listGoals(doc).map((g) => g.id)).toEqual([first, later, done]);
  });

  it('reports steps done and where its live contacts stand', () => {
    const doc = new Y.Doc();
    const goal = createGoal(doc, { title: 'G' }, now);
    const s1 = addStep(doc, goal, { text: 'List ten people' }, now);
    addStep(doc, goal, { text: 'Write to three' }, now);
    updateStep(doc, goal, s1, { done: true }, now);
    const ids = ['Ana', 'Ben', 'Cy', 'Dee'].map((name) => createContact(doc, { name, goalIds: [goal] }, now));
    updateContact(doc, ids[1] as string, { stage: 'reached-out' }, now);
    updateContact(doc, ids[2] as string, { stage: 'relationship' }, now);
    trash(doc, 'contacts', ids[3] as string, now);
    createContact(doc, { name: 'Unrelated', stage: 'in-touch' }, now);
    const progress = goalProgress(getGoal(doc, goal)!, listContacts(doc));
    expect(progress).toEqual({
      stepsDone: 1,
      stepsTotal: 2,
      contactsByStage: { identified: 1, 'reached-out': 1, 'in-touch': 0, relationship: 1, paused: 0, dormant: 0 },
    });
  });
});
