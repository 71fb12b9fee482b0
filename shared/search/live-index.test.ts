import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import {
  addStep,
  createCircle,
  createContact,
  createGoal,
  createReflection,
  logInteraction,
  paragraphs,
  reflectionBody,
  restore,
  trash,
  updateContact,
  updateReflection,
  type CollectionName,
} from '../schema';
import { at } from '../schema/test-support';
import { buildIndex, LiveSearchIndex } from './live-index';
import type { SearchIndex } from './search-index';

const QUERIES = ['a', 'sj', 'ber', 'oberg', 'sjostrom', 'malmo', 'lighthouse', 'coffee', 'kim', 'e', 'design'];
const answers = (index: SearchIndex) => QUERIES.map((q) => index.search(q).map((h) => [h.id, h.title, h.snippet]));

describe('live search index', () => {
  it('re-indexes only the entity an edit touched', () => {
    const doc = new Y.Doc();
    const ids = Array.from({ length: 50 }, (_, i) => createContact(doc, { name: `Person ${i}` }));
    const live = new LiveSearchIndex(doc);
    updateContact(doc, ids[7] ?? '', { name: 'Emma Sjöström' });
    expect(live.reindexed).toBe(1);
    expect(live.index.search('sjostrom').map((h) => h.entityId)).toEqual([ids[7]]);
    expect(live.index.search('person').length).toBe(49);
    live.destroy();
  });

  it('follows rich text, trash and restore', () => {
    const doc = new Y.Doc();
    const id = createReflection(doc, { title: 'Week' }, at('2026-02-02'));
    const live = new LiveSearchIndex(doc);
    reflectionBody(doc, id).insert(0, paragraphs('The lighthouse talk'));
    expect(live.index.search('lighthouse').map((h) => h.entityId)).toEqual([id]);
    trash(doc, 'reflections', id);
    expect(live.index.search('lighthouse')).toEqual([]);
    restore(doc, 'reflections', id);
    expect(live.index.search('lighthouse').length).toBe(1);
    live.destroy();
  });

  it('answers exactly as an index rebuilt from scratch after random edits', () => {
    const NAMES = ['Emma Sjöström', 'Olle Öberg', 'Oskar Oberg', 'Kim Berg', 'Åsa Ångström', 'Ann Design'];
    const WORDS = ['lighthouse', 'coffee in Malmö', 'design', 'sjö', 'Berg', ''];
    const edit = fc.oneof(
      fc.record({
        op: fc.constant('contact' as const),
        name: fc.constantFrom(...NAMES),
        why: fc.constantFrom(...WORDS),
      }),
      fc.record({ op: fc.constant('rename' as const), pick: fc.nat(), name: fc.constantFrom(...NAMES) }),
      fc.record({
        op: fc.constant('reflection' as const),
        title: fc.constantFrom(...WORDS),
        body: fc.constantFrom(...WORDS),
      }),
      fc.record({ op: fc.constant('retitle' as const), pick: fc.nat(), title: fc.constantFrom(...WORDS) }),
      fc.record({ op: fc.constant('body' as const), pick: fc.nat(), body: fc.constantFrom(...WORDS) }),
      fc.record({
        op: fc.constant('goal' as const),
        title: fc.constantFrom(...WORDS),
        step: fc.constantFrom(...WORDS),
      }),
      fc.record({ op: fc.constant('circle' as const), name: fc.constantFrom(...NAMES) }),
      fc.record({ op: fc.constant('interaction' as const), pick: fc.nat(), summary: fc.constantFrom(...WORDS) }),
      fc.record({ op: fc.constant('trash' as const), pick: fc.nat(), restoreIt: fc.boolean() }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 30 }), (edits) => {
        const doc = new Y.Doc();
        const live = new LiveSearchIndex(doc);
        const made: { name: CollectionName; id: string }[] = [];
        const contacts: string[] = [];
        const reflections: string[] = [];
        const pick = <T>(list: T[], n: number): T | undefined => list[n % Math.max(1, list.length)];
        edits.forEach((e, i) => {
          const now = at('2026-03-01', (i % 20) + 1);
          if (e.op === 'contact') {
            const id = createContact(doc, { name: e.name, why: e.why }, now);
            contacts.push(id);
            made.push({ name: 'contacts', id });
          } else if (e.op === 'rename') {
            const id = pick(contacts, e.pick);
            if (id) updateContact(doc, id, { name: e.name }, now);
          } else if (e.op === 'reflection') {
            const id = createReflection(doc, { title: e.title }, now, () => paragraphs(e.body));
            reflections.push(id);
            made.push({ name: 'reflections', id });
          } else if (e.op === 'retitle') {
            const id = pick(reflections, e.pick);
            if (id) updateReflection(doc, id, { title: e.title }, now);
          } else if (e.op === 'body') {
            const id = pick(reflections, e.pick);
            if (id) reflectionBody(doc, id).insert(0, paragraphs(e.body));
          } else if (e.op === 'goal') {
            const id = createGoal(doc, { title: e.title || 'Goal' }, now);
            if (e.step) addStep(doc, id, { text: e.step }, now);
            made.push({ name: 'goals', id });
          } else if (e.op === 'circle') {
            made.push({ name: 'circles', id: createCircle(doc, { name: e.name }, now) });
          } else if (e.op === 'interaction') {
            const id = pick(contacts, e.pick);
            if (id)
              made.push({
                name: 'interactions',
                id: logInteraction(doc, { kind: 'coffee', summary: e.summary, contactIds: [id] }, now),
              });
          } else {
            const target = pick(made, e.pick);
            if (!target) return;
            trash(doc, target.name, target.id, now);
            if (e.restoreIt) restore(doc, target.name, target.id, now);
          }
        });
        expect(answers(live.index)).toEqual(answers(buildIndex(doc)));
        live.destroy();
      }),
      { numRuns: 60 },
    );
  });
});
