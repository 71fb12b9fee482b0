import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createContact,
  createGoal,
  listContacts,
  listGoals,
  listInteractions,
  logInteraction,
  migrate,
  updateGoal,
} from '../schema';
import { at } from '../schema/test-support';
import { goalPeopleInsight } from './goal-people';
import { firstReachOuts } from './outreach';

describe('goalPeopleInsight', () => {
  it('counts each active goal’s people by stage and marks one with nobody beyond identified', () => {
    const doc = new Y.Doc();
    migrate(doc);
    const job = createGoal(doc, { title: 'Find a design job' }, at('2026-01-05'));
    const talk = createGoal(doc, { title: 'Give a talk' }, at('2026-01-05'));
    const done = createGoal(doc, { title: 'Old goal', status: 'achieved' }, at('2026-01-05'));
    const a = createContact(doc, { name: 'Åsa', goalIds: [job], stage: 'in-touch' }, at('2026-01-05'));
    createContact(doc, { name: 'Omar', goalIds: [job] }, at('2026-01-05'));
    createContact(doc, { name: 'Linnea', goalIds: [talk, done] }, at('2026-01-05'));
    logInteraction(doc, { kind: 'message', contactIds: [a] }, at('2026-06-10'));
    updateGoal(doc, talk, { title: 'Give a talk' }, at('2026-06-01'));
    const contacts = listContacts(doc);
    const first = firstReachOuts(contacts, listInteractions(doc));
    const result = goalPeopleInsight(listGoals(doc), contacts, first, '2026-06-17', 4);
    const byTitle = Object.fromEntries(result.goals.map((g) => [g.title, g]));
    expect(Object.keys(byTitle).sort()).toEqual(['Find a design job', 'Give a talk']);
    expect(byTitle['Find a design job']).toMatchObject({ people: 2, needsPerson: false });
    expect(byTitle['Find a design job']?.byStage).toMatchObject({ identified: 1, 'in-touch': 1 });
    expect(byTitle['Give a talk']).toMatchObject({ people: 1, needsPerson: true });
    expect(result.reachedOut).toEqual({ current: 1, previous: 0 });
  });

  it('points out a goal with nobody linked at all', () => {
    const doc = new Y.Doc();
    migrate(doc);
    createGoal(doc, { title: 'Alone' }, at('2026-01-05'));
    const result = goalPeopleInsight(listGoals(doc), [], new Map(), '2026-06-17', 4);
    expect(result.goals[0]).toMatchObject({ people: 0, needsPerson: true });
  });
});
