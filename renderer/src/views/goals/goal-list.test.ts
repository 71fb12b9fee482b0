import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact, createGoal, getContact, getGoal, goalProgress, type Contact, type Goal } from '@shared/schema';
import { dropIndex, horizonText, neighbourIndex, peopleCount, splitGoals, stageCounts } from './goal-list';

function goal(title: string, status: Goal['status']): Goal {
  return {
    id: title,
    title,
    why: '',
    horizon: undefined,
    status,
    steps: [],
    contactIds: [],
    circleIds: [],
    eventIds: [],
    createdAt: '',
    updatedAt: '',
    deletedAt: undefined,
  };
}

describe('goal list', () => {
  it('puts active goals first and the rest after, keeping their order', () => {
    const { active, settled } = splitGoals([
      goal('a', 'active'),
      goal('b', 'achieved'),
      goal('c', 'active'),
      goal('d', 'dropped'),
    ]);
    expect(active.map((g) => g.id)).toEqual(['a', 'c']);
    expect(settled.map((g) => g.id)).toEqual(['b', 'd']);
  });

  it('counts linked people by stage in pipeline order, leaving out empty stages', () => {
    const doc = new Y.Doc();
    const g = createGoal(doc, { title: 'Mentor' });
    const ids = [
      createContact(doc, { name: 'A', stage: 'in-touch', goalIds: [g] }),
      createContact(doc, { name: 'B', stage: 'identified', goalIds: [g] }),
      createContact(doc, { name: 'C', stage: 'in-touch', goalIds: [g] }),
      createContact(doc, { name: 'D', stage: 'relationship' }),
    ];
    const contacts = ids.map((id) => getContact(doc, id)).filter((c): c is Contact => c !== undefined);
    const progress = goalProgress(getGoal(doc, g) as Goal, contacts);
    expect(stageCounts(progress)).toEqual([
      { stage: 'identified', count: 1 },
      { stage: 'in-touch', count: 2 },
    ]);
    expect(peopleCount(progress)).toBe(3);
  });

  it('shows a date horizon in the UI language and free text as written', () => {
    expect(horizonText('2026-05-31', 'en-GB')).toBe('31 May 2026');
    expect(horizonText('2026-05-31', 'sv')).toBe('31 maj 2026');
    expect(horizonText('by spring', 'en')).toBe('by spring');
    expect(horizonText(undefined, 'en')).toBe('');
  });

  it('drops a dragged step where the user let go', () => {
    // [a, b, c, d]: drag a below c → [b, c, a, d]
    expect(dropIndex(0, 2, true)).toBe(2);
    // drag d above b → [a, d, b, c]
    expect(dropIndex(3, 1, false)).toBe(1);
    // drop on itself: nothing moves
    expect(dropIndex(1, 1, false)).toBe(1);
    expect(dropIndex(1, 1, true)).toBe(1);
    // drag b below d → last
    expect(dropIndex(1, 3, true)).toBe(3);
  });

  it('moves one step up or down and stops at the edges', () => {
    expect(neighbourIndex(1, 'up', 3)).toBe(0);
    expect(neighbourIndex(1, 'down', 3)).toBe(2);
    expect(neighbourIndex(0, 'up', 3)).toBeUndefined();
    expect(neighbourIndex(2, 'down', 3)).toBeUndefined();
  });
});
