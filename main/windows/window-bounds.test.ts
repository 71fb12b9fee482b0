import { describe, expect, it } from 'vitest';
import { centred, keepOnScreen } from './window-bounds';

const laptop = { x: 0, y: 0, width: 1440, height: 860 };
const monitor = { x: 1440, y: -200, width: 2560, height: 1400 };

describe('keeping the journal window on screen', () => {
  it('opens the usual size, centred, when nothing was saved', () => {
    expect(keepOnScreen(undefined, [laptop], laptop)).toEqual({ x: 170, y: 50, width: 1100, height: 760 });
  });

  it('keeps a saved place that a display shows', () => {
    const saved = { x: 1600, y: -100, width: 1200, height: 900 };
    expect(keepOnScreen(saved, [laptop, monitor], laptop)).toEqual(saved);
  });

  it('falls back to centred when the display it was on is gone', () => {
    const saved = { x: 1600, y: -100, width: 1200, height: 900 };
    expect(keepOnScreen(saved, [laptop], laptop)).toEqual(centred(laptop));
  });

  it('falls back when only a sliver of the window, or none of its title bar, is visible', () => {
    expect(keepOnScreen({ x: 1400, y: 100, width: 800, height: 600 }, [laptop], laptop)).toEqual(centred(laptop));
    expect(keepOnScreen({ x: 100, y: -700, width: 800, height: 600 }, [laptop], laptop)).toEqual(centred(laptop));
    expect(keepOnScreen({ x: 100, y: 100, width: 0, height: 600 }, [laptop], laptop)).toEqual(centred(laptop));
  });

  it('shrinks a window larger than its display and brings a title bar above it back down', () => {
    expect(keepOnScreen({ x: 0, y: -20, width: 2000, height: 1200 }, [laptop], laptop)).toEqual({
      x: 0,
      y: 0,
      width: 1440,
      height: 860,
    });
  });

  it('never opens larger than a small display', () => {
    const small = { x: 0, y: 0, width: 900, height: 600 };
    expect(centred(small)).toEqual({ x: 0, y: 0, width: 900, height: 600 });
  });
});
