import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createContact, logInteraction, trash, updateContact, updateInteraction } from '@shared/schema';
import { at } from '@shared/schema/test-support';
import { lastInteractionDays, type FollowUp } from '@shared/practice/due-follow-ups';
import { FOLLOW_UP_DEBOUNCE_MS, watchFollowUps } from './follow-up-watch';
import { InteractionDayIndex } from './interaction-day-index';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the tray follow-ups watch', () => {
  it('shows what is due a moment after start, then once per burst of edits, and only when the list changed', () => {
    const doc = new Y.Doc();
    const id = createContact(doc, { name: 'Ana', nextStep: { text: 'Call', due: '2026-03-10' } }, at('2026-03-01'));
    const shown: FollowUp[][] = [];
    const watch = watchFollowUps(
      doc,
      (items) => shown.push(items),
      () => at('2026-03-10'),
    );
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(FOLLOW_UP_DEBOUNCE_MS);
    expect(shown.map((list) => list.map((f) => f.name))).toEqual([['Ana']]);

    for (let i = 0; i < 20; i += 1) updateContact(doc, id, { company: `Firm ${i}` }, at('2026-03-10'));
    vi.advanceTimersByTime(FOLLOW_UP_DEBOUNCE_MS);
    expect(shown).toHaveLength(1); // the edits did not change what is due

    updateContact(doc, id, { nextStep: { text: 'Call', due: '2026-03-20' } }, at('2026-03-10'));
    updateContact(doc, id, { company: 'Another' }, at('2026-03-10'));
    vi.advanceTimersByTime(FOLLOW_UP_DEBOUNCE_MS);
    expect(shown).toHaveLength(2);
    expect(shown[1]).toEqual([]);
    watch.stop();
  });

  it('follows the new document after a restore', () => {
    const first = new Y.Doc();
    const shown: FollowUp[][] = [];
    const watch = watchFollowUps(
      first,
      (items) => shown.push(items),
      () => at('2026-03-10'),
    );
    const restored = new Y.Doc();
    createContact(restored, { name: 'Bo', nextStep: { text: 'Write', due: '2026-03-09' } }, at('2026-03-01'));
    watch.rebind(restored);
    vi.advanceTimersByTime(FOLLOW_UP_DEBOUNCE_MS);
    expect(shown.at(-1)?.map((f) => f.name)).toEqual(['Bo']);
    createContact(first, { name: 'Old', nextStep: { text: 'x', due: '2026-03-09' } }, at('2026-03-01'));
    vi.advanceTimersByTime(FOLLOW_UP_DEBOUNCE_MS);
    expect(shown.at(-1)?.map((f) => f.name)).toEqual(['Bo']);
    watch.stop();
  });
});

describe('the interaction day index', () => {
  it('answers as a full read does, after logging, editing and trashing interactions', () => {
    const doc = new Y.Doc();
    const ana = createContact(doc, { name: 'Ana' }, at('2026-01-01'));
    const bo = createContact(doc, { name: 'Bo' }, at('2026-01-01'));
    const first = logInteraction(doc, { kind: 'call', date: '2026-02-01', contactIds: [ana] }, at('2026-02-01'));
    const index = new InteractionDayIndex(doc);
    expect(index.lastDays()).toEqual(lastInteractionDays(doc));
    const second = logInteraction(doc, { kind: 'coffee', date: '2026-02-10', contactIds: [ana, bo] }, at('2026-02-10'));
    updateInteraction(doc, first, { date: '2026-02-20' }, at('2026-02-20'));
    expect(index.lastDays()).toEqual(
      new Map([
        [ana, '2026-02-20'],
        [bo, '2026-02-10'],
      ]),
    );
    trash(doc, 'interactions', second, at('2026-02-21'));
    expect(index.lastDays()).toEqual(lastInteractionDays(doc));
    expect(index.lastDays().has(bo)).toBe(false);
    index.destroy();
  });
});
