import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createContact, getContact, listTrash, migrate, trash } from '@shared/schema';
import { startTrashSweeper, type TrashSweeper } from './trash-sweeper';

let sweeper: TrashSweeper | undefined;
afterEach(() => {
  sweeper?.stop();
  vi.useRealTimers();
});

describe('trash sweeper', () => {
  it('purges what was trashed more than 30 days ago when it starts, and keeps the rest', () => {
    const doc = new Y.Doc();
    migrate(doc);
    const old = createContact(doc, { name: 'Old' });
    const recent = createContact(doc, { name: 'Recent' });
    const live = createContact(doc, { name: 'Live' });
    trash(doc, 'contacts', old, new Date('2026-10-01T10:00:00Z'));
    trash(doc, 'contacts', recent, new Date('2026-11-20T10:00:00Z'));
    sweeper = startTrashSweeper(
      () => doc,
      () => new Date('2026-11-29T10:00:00Z'),
    );
    expect(listTrash(doc).map((e) => e.id)).toEqual([recent]);
    expect(getContact(doc, live)?.name).toBe('Live');
  });

  it('sweeps again on its interval, on whatever document is current', () => {
    vi.useFakeTimers();
    const first = new Y.Doc();
    const second = new Y.Doc();
    migrate(first);
    migrate(second);
    let current = first;
    let clock = new Date('2026-11-01T00:00:00Z');
    const id = createContact(second, { name: 'Later' });
    trash(second, 'contacts', id, new Date('2026-11-02T00:00:00Z'));
    sweeper = startTrashSweeper(
      () => current,
      () => clock,
      1000,
    );
    current = second;
    vi.advanceTimersByTime(1000);
    expect(listTrash(second)).toHaveLength(1); // only 3 days old at this clock
    clock = new Date('2026-12-05T00:00:00Z');
    vi.advanceTimersByTime(1000);
    expect(listTrash(second)).toHaveLength(0);
  });
});
