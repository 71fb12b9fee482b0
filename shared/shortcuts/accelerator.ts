// Global-shortcut accelerators in Electron's syntax ("CommandOrControl+Shift+Space"): which ones Rapport
// accepts for the quick note, how a key press becomes one, and how one reads for a person.

export const DEFAULT_QUICK_NOTE_SHORTCUT = 'CommandOrControl+Shift+Space';

/** Offered when the system refuses a shortcut; main keeps only those it can register. */
export const QUICK_NOTE_SHORTCUT_CHOICES = [
  'CommandOrControl+Shift+Space',
  'CommandOrControl+Alt+N',
  'CommandOrControl+Shift+J',
  'CommandOrControl+Alt+Space',
  'Alt+Shift+N',
  'CommandOrControl+Shift+Y',
] as const;

const MODIFIERS = new Map<string, string>([
  ['commandorcontrol', 'CommandOrControl'],
  ['cmdorctrl', 'CommandOrControl'],
  ['command', 'Command'],
  ['cmd', 'Command'],
  ['control', 'Control'],
  ['ctrl', 'Control'],
  ['alt', 'Alt'],
  ['option', 'Alt'],
  ['altgr', 'AltGr'],
  ['shift', 'Shift'],
  ['super', 'Super'],
  ['meta', 'Super'],
]);

const NAMED_KEYS = [
  'Space',
  'Tab',
  'Backspace',
  'Delete',
  'Insert',
  'Return',
  'Enter',
  'Up',
  'Down',
  'Left',
  'Right',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Plus',
];
const KEY = new RegExp(`^(?:[A-Z0-9]|F(?:[1-9]|1[0-9]|2[0-4])|${NAMED_KEYS.join('|')}|[-=,./;'\`\\[\\]\\\\])$`);

/**
 * True for one key with at least one modifier, and a modifier other than Shift among them: Shift+K alone
 * would swallow a capital K typed in any app.
 */
export function isQuickNoteAccelerator(value: string): boolean {
  if (value.length > 60) return false;
  const parts = value.split('+');
  // "Plus" names the + key; a bare "+" would split into empty parts and is refused.
  if (parts.some((p) => p === '')) return false;
  const key = parts.pop() ?? '';
  if (!KEY.test(key) || parts.length === 0) return false;
  const mods = parts.map((p) => MODIFIERS.get(p.toLowerCase()));
  if (mods.some((m) => m === undefined)) return false;
  if (new Set(mods).size !== mods.length) return false;
  return mods.some((m) => m !== 'Shift');
}

/** The parts of a keydown a shortcut needs (a KeyboardEvent has them all). */
export interface KeyPress {
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const CODE_KEYS: Record<string, string> = {
  Space: 'Space',
  Tab: 'Tab',
  Backspace: 'Backspace',
  Delete: 'Delete',
  Insert: 'Insert',
  Enter: 'Return',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  Minus: '-',
  Equal: '=',
  Comma: ',',
  Period: '.',
  Slash: '/',
  Semicolon: ';',
  Quote: "'",
  Backquote: '`',
  BracketLeft: '[',
  BracketRight: ']',
  Backslash: '\\',
};

/** The key of a physical key code (KeyN → N), so the layout does not change what is recorded. */
function keyOfCode(code: string): string | undefined {
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter) return letter[1];
  const digit = /^(?:Digit|Numpad)([0-9])$/.exec(code);
  if (digit) return digit[1];
  if (/^F(?:[1-9]|1[0-9]|2[0-4])$/.test(code)) return code;
  return CODE_KEYS[code];
}

/** The accelerator a key press makes, or undefined while only modifiers are held or the key has no name. */
export function acceleratorOf(press: KeyPress, mac: boolean): string | undefined {
  const key = keyOfCode(press.code);
  if (!key) return undefined;
  const mods: string[] = [];
  if (mac ? press.metaKey : press.ctrlKey) mods.push('CommandOrControl');
  if (mac && press.ctrlKey) mods.push('Control');
  if (press.altKey) mods.push('Alt');
  if (press.shiftKey) mods.push('Shift');
  if (!mac && press.metaKey) mods.push('Super');
  return [...mods, key].join('+');
}

/** Words for the keys whose names differ by language ("Skift", "Mellanslag"). */
export interface KeyWords {
  shift: string;
  space: string;
}

const MAC_SYMBOLS: Record<string, string> = {
  CommandOrControl: '⌘',
  Command: '⌘',
  Super: '⌘',
  Control: '⌃',
  Alt: '⌥',
  AltGr: '⌥',
  Shift: '⇧',
};
const PC_NAMES: Record<string, string> = {
  CommandOrControl: 'Ctrl',
  Control: 'Ctrl',
  Command: 'Super',
  Super: 'Super',
  Alt: 'Alt',
  AltGr: 'AltGr',
};

/** How an accelerator reads on this system: "Ctrl+Shift+Space", or "⌘⇧Space" on a Mac. */
export function describeAccelerator(accelerator: string, mac: boolean, words: KeyWords): string {
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  const names = parts.map((p) => {
    const mod = MODIFIERS.get(p.toLowerCase()) ?? p;
    if (mac) return MAC_SYMBOLS[mod] ?? mod;
    return mod === 'Shift' ? words.shift : (PC_NAMES[mod] ?? mod);
  });
  const keyName = key === 'Space' ? words.space : key;
  return mac ? `${names.join('')}${keyName}` : [...names, keyName].join('+');
}
