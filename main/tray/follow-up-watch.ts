// Keeps the tray's follow-ups current: recomputed a moment after the journal changes (debounced, so typing
// or an import of thousands costs one pass), when the day turns, and when a restore replaces the document.
import type * as Y from 'yjs';
import { localDay } from '@shared/schema';
import { dueFollowUps, type FollowUp } from '@shared/practice/due-follow-ups';

export const FOLLOW_UP_DEBOUNCE_MS = 400;
const DAY_CHECK_MS = 10 * 60_000;

export interface FollowUpWatch {
  /** The journal is a new Y.Doc (a backup was restored): listen to that one instead. */
  rebind(doc: Y.Doc): void;
  stop(): void;
}

export function watchFollowUps(
  initial: Y.Doc,
  show: (items: FollowUp[]) => void,
  clock: () => Date = () => new Date(),
): FollowUpWatch {
  let doc = initial;
  let timer: NodeJS.Timeout | undefined;
  let shown = '';
  let day = localDay(clock());
  const refresh = (): void => {
    timer = undefined;
    day = localDay(clock());
    const items = dueFollowUps(doc, day);
    const key = JSON.stringify(items);
    if (key === shown) return; // most edits do not change what is due: leave the menu alone
    shown = key;
    show(items);
  };
  const schedule = (): void => {
    if (timer === undefined) timer = setTimeout(refresh, FOLLOW_UP_DEBOUNCE_MS);
  };
  const dayCheck = setInterval(() => {
    if (localDay(clock()) !== day) schedule();
  }, DAY_CHECK_MS);
  dayCheck.unref();
  doc.on('update', schedule);
  refresh();
  return {
    rebind(next) {
      doc.off('update', schedule);
      doc = next;
      doc.on('update', schedule);
      schedule();
    },
    stop() {
      doc.off('update', schedule);
      clearTimeout(timer);
      clearInterval(dayCheck);
    },
  };
}
