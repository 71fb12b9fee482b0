// A reflection just started in this window opens with the caret in its body, ready to write; one opened later
// (from the list, a link, a reload) does not take focus. "Just" is a few seconds, so React's development
// double render sees the same answer twice.
const FRESH_MS = 3000;
const started = new Map<string, number>();

export function markFresh(id: string): void {
  started.set(id, Date.now());
}

/** True while a reflection started here is still new enough to be the thing being written. */
export function isFresh(id: string): boolean {
  const at = started.get(id);
  if (at === undefined) return false;
  if (Date.now() - at < FRESH_MS) return true;
  started.delete(id);
  return false;
}
