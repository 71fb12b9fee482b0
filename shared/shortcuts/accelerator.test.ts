import { describe, expect, it } from 'vitest';
import {
  acceleratorOf,
  DEFAULT_QUICK_NOTE_SHORTCUT,
  describeAccelerator,
  isQuickNoteAccelerator,
  QUICK_NOTE_SHORTCUT_CHOICES,
} from './accelerator';

const press = (code: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('isQuickNoteAccelerator', () => {
  it('accepts the default, every offered choice and the usual spellings', () => {
    for (const value of [DEFAULT_QUICK_NOTE_SHORTCUT, ...QUICK_NOTE_SHORTCUT_CHOICES]) {
      expect(isQuickNoteAccelerator(value)).toBe(true);
    }
    expect(isQuickNoteAccelerator('CmdOrCtrl+Alt+F5')).toBe(true);
    expect(isQuickNoteAccelerator('Control+Shift+Plus')).toBe(true);
    expect(isQuickNoteAccelerator('Super+/')).toBe(true);
  });

  it('refuses a key alone, Shift alone, a repeated modifier, two keys and unknown names', () => {
    for (const value of [
      '',
      'N',
      'Space',
      'Shift+N',
      'Control+Control+N',
      'Control+N+M',
      'Control+',
      'Control++',
      'Hyper+N',
      'Control+Shift',
      'Control+é',
      'Control+n',
      `Control+${'A'.repeat(70)}`,
    ]) {
      expect(isQuickNoteAccelerator(value), value).toBe(false);
    }
  });
});

describe('acceleratorOf', () => {
  it('records the physical key with Ctrl as CommandOrControl on Windows and Linux', () => {
    expect(acceleratorOf(press('KeyN', { ctrlKey: true, shiftKey: true }), false)).toBe('CommandOrControl+Shift+N');
    expect(acceleratorOf(press('Space', { ctrlKey: true, altKey: true }), false)).toBe('CommandOrControl+Alt+Space');
    expect(acceleratorOf(press('Digit5', { metaKey: true }), false)).toBe('Super+5');
  });

  it('records ⌘ as CommandOrControl on a Mac, and Control as itself', () => {
    expect(acceleratorOf(press('KeyJ', { metaKey: true, ctrlKey: true }), true)).toBe('CommandOrControl+Control+J');
  });

  it('waits while only modifiers are held', () => {
    expect(acceleratorOf(press('ShiftLeft', { shiftKey: true }), false)).toBeUndefined();
    expect(acceleratorOf(press('ControlLeft', { ctrlKey: true }), false)).toBeUndefined();
  });
});

describe('describeAccelerator', () => {
  const sv = { shift: 'Skift', space: 'Mellanslag' };
  it('reads in the language of the window, and with symbols on a Mac', () => {
    expect(describeAccelerator('CommandOrControl+Shift+Space', false, sv)).toBe('Ctrl+Skift+Mellanslag');
    expect(describeAccelerator('CmdOrCtrl+Alt+N', false, { shift: 'Shift', space: 'Space' })).toBe('Ctrl+Alt+N');
    expect(describeAccelerator('CommandOrControl+Shift+Space', true, sv)).toBe('⌘⇧Mellanslag');
  });
});
