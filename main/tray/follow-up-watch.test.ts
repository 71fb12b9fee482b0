import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createContact, updateContact } from '@shared/schema';
import { at } from '@shared/schema/test-support';
import type { FollowUp } from '@shared/practice/due-follow-ups';
import { FOLLOW_UP_DEBOUNCE_MS, watchFollowUps } from './follow-up-watch';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the tray follow-ups watch', () => {
  it('shows what is due at once, then once per burst of edits, and only when the list changed', () => {
    const doc = new Y.Doc();
    const id = createContact(doc, { name: 'Ana', nextStep: { text: 'Call', due: '2026-03-10' } }, at('2026-03-01'));
    const shown: FollowUp[][] = [];
    const watch = watchFollowUps(
      doc,
      (items) => shown.push(items),
      () => at('2026-03-10'),
    );
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
