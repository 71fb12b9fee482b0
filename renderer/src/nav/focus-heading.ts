// On every change of place the new screen's heading takes the focus, so a screen reader says where the user
// now is and Tab continues from the top of that screen (the "Skip to content" link lands there too).
import { useEffect, useRef, type RefObject } from 'react';

/** Focuses the screen's title (its first h2), made focusable by script only; false when there is none yet. */
export function focusScreenHeading(main: HTMLElement | null): boolean {
  const heading = main?.querySelector<HTMLElement>('h2');
  if (!heading) return false;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus();
  return true;
}

/** The skip link's target: the screen's title, or the screen itself while it has none. */
export function focusScreen(main: HTMLElement | null): void {
  if (!main || focusScreenHeading(main)) return;
  main.tabIndex = -1;
  main.focus();
}

/** True when the new screen already placed the focus itself (a fresh reflection's body, a form's field). */
function screenTookFocus(main: HTMLElement): boolean {
  const active = document.activeElement;
  return active !== null && active !== main && main.contains(active);
}

const MAX_FRAMES = 10;

/**
 * Moves the focus to the new screen's heading whenever `place` changes — never on the first load (the window
 * opens where the user left it, with nothing to announce), nor while a dialog is open or the screen has
 * focused something of its own. Waits a few frames for a screen that renders its heading late.
 */
export function useHeadingFocus(place: string, main: RefObject<HTMLElement | null>): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    let frames = 0;
    let frame = 0;
    const attempt = (): void => {
      const container = main.current;
      if (!container || document.querySelector('dialog[open]') || screenTookFocus(container)) return;
      if (!focusScreenHeading(container) && ++frames < MAX_FRAMES) frame = requestAnimationFrame(attempt);
    };
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
  }, [place, main]);
}
