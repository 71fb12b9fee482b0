import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact, lastInteractionDates, logInteraction, trash, updateInteraction } from '@shared/schema';
import { LiveLastInteractions } from './live-last-interactions';

describe('live last interactions', () => {
  it('follows logging, editing and trashing, agreeing with lastInteractionDates', () => {
    const doc = new Y.Doc();
    const [ada, bo] = [createContact(doc, { name: 'Ada' }), createContact(doc, { name: 'Bo' })];
    const live = new LiveLastInteractions(doc);
    expect(live.getSnapshot().size).toBe(0);
    const first = logInteraction(doc, { kind: 'call', date: '2026-01-10', contactIds: [ada] });
    const second = logInteraction(doc, { kind: 'coffee', date: '2026-02-01', contactIds: [ada, bo] });
    expect(live.getSnapshot()).toEqual(
      new Map([
        [ada, '2026-02-01'],
        [bo, '2026-02-01'],
      ]),
    );
    const stable = live.getSnapshot();
    expect(live.getSnapshot()).toBe(stable);
    updateInteraction(doc, first, { date: '2026-03-01' });
    trash(doc, 'interactions', second);
    expect(live.getSnapshot()).toEqual(lastInteractionDates(doc));
    expect(live.getSnapshot()).toEqual(new Map([[ada, '2026-03-01']]));
  });
});
