import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact, createReflection, listInteractionsFor, logInteraction } from '@shared/schema';
import { at } from '@shared/schema/test-support';
import { LiveReflections } from '../reflections/live-reflections';
import { timelineEntries } from './timeline-entries';

describe('a person’s timeline', () => {
  it('merges interactions and linked reflections newest first, by day and then by when each was written', () => {
    const doc = new Y.Doc();
    const ada = createContact(doc, { name: 'Ada' });
    logInteraction(
      doc,
      { contactIds: [ada], kind: 'coffee', summary: 'Coffee', date: '2026-11-02' },
      at('2026-11-02', 10),
    );
    createReflection(doc, { title: 'After coffee', contactIds: [ada] }, at('2026-11-02', 15));
    createReflection(doc, { title: 'Earlier', contactIds: [ada] }, at('2026-11-01'));
    logInteraction(doc, { contactIds: [ada], kind: 'call', summary: 'Call', date: '2026-11-04' }, at('2026-11-04'));
    const entries = timelineEntries(listInteractionsFor(doc, ada), new LiveReflections(doc).getSnapshot());
    expect(entries.map((e) => (e.kind === 'interaction' ? e.interaction.summary : e.reflection.title))).toEqual([
      'Call',
      'After coffee',
      'Coffee',
      'Earlier',
    ]);
  });
});
