import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact, listContacts, migrate, updateContact } from '../schema';
import { at } from '../schema/test-support';
import { pipelineFlowInsight } from './pipeline-flow';

describe('pipelineFlowInsight', () => {
  it('counts the dated moves per month and the funnel from identified to relationship', () => {
    const doc = new Y.Doc();
    migrate(doc);
    const person = (name: string) => createContact(doc, { name }, at('2026-01-05'));
    const a = person('Åsa');
    const b = person('Omar');
    const c = person('Linnea');
    person('Johan'); // still identified
    updateContact(doc, a, { stage: 'reached-out' }, at('2026-05-04'));
    updateContact(doc, a, { stage: 'in-touch' }, at('2026-06-10')); // two moves: May and June
    updateContact(doc, b, { stage: 'relationship' }, at('2026-06-02')); // one move (same day)
    updateContact(doc, c, { stage: 'reached-out' }, at('2026-02-02')); // the period before
    const result = pipelineFlowInsight(listContacts(doc), '2026-06-17', 12);
    // 12 weeks back from the week of 2026-06-15 start on 2026-03-30.
    expect(result.months).toEqual([
      { month: '2026-03', moves: 0 },
      { month: '2026-04', moves: 0 },
      { month: '2026-05', moves: 1 },
      { month: '2026-06', moves: 2 },
    ]);
    expect(result.moves).toEqual({ current: 3, previous: 1 });
    expect(result.funnel).toEqual({ identified: 4, inTouch: 2, relationship: 1 });
  });

  it('leaves people in the trash out', () => {
    const doc = new Y.Doc();
    migrate(doc);
    createContact(doc, { name: 'Åsa', stage: 'relationship' }, at('2026-01-05'));
    const contacts = listContacts(doc).map((c) => ({ ...c, deletedAt: '2026-06-01T00:00:00.000Z' }));
    expect(pipelineFlowInsight(contacts, '2026-06-17', 4).funnel).toEqual({
      identified: 0,
      inTouch: 0,
      relationship: 0,
    });
  });
});
