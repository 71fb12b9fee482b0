// Which journal changes can move the weekly challenge. The sidebar shows it in every view, so typing a
// contact's notes or a draft must not recount the week: only new or removed records, a contact's first
// reach-out or trashing, and an interaction's kind, date, people or trashing count.
import * as Y from 'yjs';

/** What observeDeep hands over; only map events on a record carry the keys we look at. */
export interface ChangeEvent {
  target: unknown;
}

export const contactKeyMatters = (key: string): boolean => key === 'reachedOutOn' || key === 'deletedAt';

export const interactionKeyMatters = (key: string): boolean =>
  key === 'kind' || key === 'date' || key === 'deletedAt' || key.startsWith('contactIds:');

/** True when one of the events (from observeDeep on `root`) can change who was reached out to this week. */
export function movesChallenge(
  events: readonly ChangeEvent[],
  root: Y.Map<unknown>,
  keyMatters: (key: string) => boolean,
): boolean {
  return events.some((event) => {
    if (event.target === root) return true;
    if (event instanceof Y.YMapEvent && event.target instanceof Y.Map && event.target.parent === root) {
      return [...(event.keysChanged as Set<string>)].some(keyMatters);
    }
    return false;
  });
}
