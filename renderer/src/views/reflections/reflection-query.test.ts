import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact, createGoal, createReflection, listReflections } from '@shared/schema';
import { at } from '@shared/schema/test-support';
import { NO_FILTER, applyQuery, facets, isFiltered } from './reflection-query';

function journal() {
  const doc = new Y.Doc();
  const ada = createContact(doc, { name: 'Ada' });
  const goal = createGoal(doc, { title: 'Find a mentor' });
  createReflection(doc, { title: 'Coffee', tags: ['mentor', 'Calm'], contactIds: [ada] }, at('2026-11-02'));
  createReflection(
    doc,
    { title: 'Listening', prompt: { id: 'p', text: 'When…', group: 'strengths' }, goalIds: [goal] },
    at('2026-11-03'),
  );
  createReflection(doc, { title: 'Plain' }, at('2026-11-04'));
  return { doc, ada, goal, list: listReflections(doc) };
}

describe('reflection filters', () => {
  it('keeps everything, as the same array, when nothing is filtered', () => {
    const { list } = journal();
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(applyQuery(list, NO_FILTER)).toBe(list);
  });

  it('filters by tag, prompt group, person and goal, and combines them', () => {
    const { list, ada, goal } = journal();
    const titles = (q: Partial<typeof NO_FILTER>) => applyQuery(list, { ...NO_FILTER, ...q }).map((r) => r.title);
    expect(titles({ tag: 'mentor' })).toEqual(['Coffee']);
    expect(titles({ group: 'strengths' })).toEqual(['Listening']);
    expect(titles({ contactId: ada })).toEqual(['Coffee']);
    expect(titles({ goalId: goal })).toEqual(['Listening']);
    expect(titles({ contactId: ada, tag: 'Calm' })).toEqual(['Coffee']);
    expect(titles({ contactId: ada, group: 'strengths' })).toEqual([]);
  });

  it('offers only the tags, groups and links some reflection has', () => {
    const { list, ada, goal } = journal();
    const f = facets(list, 'en');
    expect(f.tags).toEqual(['Calm', 'mentor']);
    expect([...f.groups]).toEqual(['strengths']);
    expect([...f.contactIds]).toEqual([ada]);
    expect([...f.goalIds]).toEqual([goal]);
    expect(f.eventIds.size).toBe(0);
  });
});
