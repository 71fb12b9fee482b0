// "New contact" and "New event" from the palette open the form on their own screen. The palette asks for
// it here; the screen, mounted now or after the navigation, takes the request once.
import { useEffect } from 'react';

export type Intent = 'newContact' | 'newEvent';

let pending: Intent | undefined;
const listeners = new Map<Intent, Set<() => void>>();

export function requestIntent(intent: Intent): void {
  const waiting = listeners.get(intent);
  if (waiting && waiting.size > 0) waiting.forEach((listener) => listener());
  else pending = intent;
}

/** Runs `handler` for a request made before this screen mounted, and for each one while it is shown. */
export function useIntent(intent: Intent, handler: () => void): void {
  useEffect(() => {
    if (pending === intent) {
      pending = undefined;
      handler();
    }
    const set = listeners.get(intent) ?? new Set();
    listeners.set(intent, set);
    set.add(handler);
    return () => {
      set.delete(handler);
    };
  }, [intent, handler]);
}
