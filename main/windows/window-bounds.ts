// The journal window opens where the user left it: its last size and place, kept in the device settings.
// A place no display shows any more (a monitor unplugged) falls back to the usual size, centred.
import type { BrowserWindow } from 'electron';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_JOURNAL_SIZE = { width: 1100, height: 760 } as const;
/** Enough of the window's top edge to grab it and move it back: less than this counts as off screen. */
const GRAB = { width: 120, height: 40 } as const;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** The usual size (no larger than the work area), centred on it. */
export function centred(workArea: Rect): Rect {
  const width = Math.min(DEFAULT_JOURNAL_SIZE.width, workArea.width);
  const height = Math.min(DEFAULT_JOURNAL_SIZE.height, workArea.height);
  return {
    x: workArea.x + Math.round((workArea.width - width) / 2),
    y: workArea.y + Math.round((workArea.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where the journal window opens: `saved` when a display still shows enough of it to grab (shrunk to fit that
 * display, and moved down if its title bar is above it), else centred on `primary`.
 */
export function keepOnScreen(saved: Rect | undefined, workAreas: readonly Rect[], primary: Rect): Rect {
  if (!saved || saved.width <= 0 || saved.height <= 0) return centred(primary);
  const area = workAreas.find((candidate) => {
    const seen = overlap(saved, candidate);
    return seen.width >= Math.min(GRAB.width, saved.width) && seen.height >= Math.min(GRAB.height, saved.height);
  });
  if (!area) return centred(primary);
  const width = Math.min(saved.width, area.width);
  const height = Math.min(saved.height, area.height);
  const x = Math.min(Math.max(saved.x, area.x - width + GRAB.width), area.x + area.width - GRAB.width);
  const y = Math.min(Math.max(saved.y, area.y), area.y + area.height - GRAB.height);
  return { x, y, width, height };
}

export const BOUNDS_SAVE_DELAY_MS = 500;

/** Saves the window's bounds a moment after it is moved or resized (once per gesture), and when it closes. */
export function trackBounds(win: BrowserWindow, save: (bounds: Rect) => void, delayMs = BOUNDS_SAVE_DELAY_MS): void {
  let timer: NodeJS.Timeout | undefined;
  const flush = (): void => {
    clearTimeout(timer);
    timer = undefined;
    // A minimised or maximised window's bounds are not where it should come back to.
    if (win.isDestroyed() || win.isMinimized() || win.isMaximized() || win.isFullScreen()) return;
    save(win.getBounds());
  };
  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('close', flush);
}
