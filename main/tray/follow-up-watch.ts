// Keeps the tray's follow-ups current: recomputed a moment after the journal changes (debounced, so typing
// or an import of thousands costs one pass), when the day turns, and when a restore replaces the document.
import type * as Y from 'yjs';
import { localDay } from '@shared/schema';
import { dueFollowUps, TRAY_FOLLOW_UPS, type FollowUp } from '@shared/practice/due-follow-ups';
import { InteractionDayIndex } from './interaction-day-index';

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
  let index = new InteractionDayIndex(doc);
  let timer: NodeJS.Timeout | undefined;
  let shown = '';
  let day = localDay(clock());
  const refresh = (): void => {
    timer = undefined;
    day = localDay(clock());
    const items = dueFollowUps(doc, day, TRAY_FOLLOW_UPS, () => index.lastDays());
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
  schedule(); // the first pass too waits a moment, so it never delays the journal window at start
  return {
    rebind(next) {
      doc.off('update', schedule);
      index.destroy();
      doc = next;
      index = new InteractionDayIndex(doc);
      doc.on('update', schedule);
      schedule();
    },
    stop() {
      doc.off('update', schedule);
      index.destroy();
      clearTimeout(timer);
      clearInterval(dayCheck);
    },
  };
}
