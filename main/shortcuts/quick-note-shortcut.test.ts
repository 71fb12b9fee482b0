import { beforeEach, describe, expect, it, vi } from 'vitest';

// The system's side: which accelerators are held (by Rapport or by "another app").
const held = new Map<string, () => void>();
const otherApps = new Set<string>();
vi.mock('electron', () => ({
  globalShortcut: {
    register: (accelerator: string, callback: () => void) => {
      if (held.has(accelerator) || otherApps.has(accelerator)) return false;
      held.set(accelerator, callback);
      return true;
    },
    unregister: (accelerator: string) => held.delete(accelerator),
  },
}));
const { QuickNoteShortcut } = await import('./quick-note-shortcut');

beforeEach(() => {
  held.clear();
  otherApps.clear();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('QuickNoteShortcut', () => {
  it('registers the chosen accelerator, and a change replaces it', () => {
    const press = vi.fn();
    const shortcut = new QuickNoteShortcut(press);
    expect(shortcut.use('CommandOrControl+Shift+Space')).toBe(true);
    expect(shortcut.use('CommandOrControl+Alt+N')).toBe(true);
    expect([...held.keys()]).toEqual(['CommandOrControl+Alt+N']);
    held.get('CommandOrControl+Alt+N')?.();
    expect(press).toHaveBeenCalledTimes(1);
    expect(shortcut.status()).toEqual({ registered: 'CommandOrControl+Alt+N' });
  });

  it('keeps the one that works when the system refuses a new one, and says which was refused', () => {
    otherApps.add('CommandOrControl+Alt+N');
    const shortcut = new QuickNoteShortcut(() => undefined);
    shortcut.use('CommandOrControl+Shift+Space');
    const changed = vi.fn();
    shortcut.onChange(changed);
    expect(shortcut.use('CommandOrControl+Alt+N')).toBe(false);
    expect(shortcut.status()).toEqual({
      registered: 'CommandOrControl+Shift+Space',
      refused: 'CommandOrControl+Alt+N',
    });
    expect(shortcut.current()).toBe('CommandOrControl+Shift+Space');
    expect(changed).toHaveBeenCalledTimes(1);
    // The next success clears the refusal.
    expect(shortcut.use('CommandOrControl+Shift+J')).toBe(true);
    expect(shortcut.status()).toEqual({ registered: 'CommandOrControl+Shift+J' });
  });

  it('has none registered when the first one is refused, and offers only free combinations', () => {
    otherApps.add('CommandOrControl+Shift+Space');
    otherApps.add('CommandOrControl+Shift+J');
    const shortcut = new QuickNoteShortcut(() => undefined);
    expect(shortcut.use('CommandOrControl+Shift+Space')).toBe(false);
    expect(shortcut.current()).toBeUndefined();
    expect(shortcut.suggestions()).toEqual(['CommandOrControl+Alt+N', 'CommandOrControl+Alt+Space', 'Alt+Shift+N']);
    expect([...held.keys()]).toEqual([]); // trying them let each go again
  });
});
