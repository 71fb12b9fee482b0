// globalShortcut double: registrations are kept by normalised accelerator, so a test can "press"
// CommandOrControl+Shift+N and hit the handler main registered as CmdOrCtrl+Shift+N.
import { provide } from './channel';

const MODIFIERS: Record<string, string> = {
  command: 'Command',
  cmd: 'Command',
  control: 'Control',
  ctrl: 'Control',
  commandorcontrol: process.platform === 'darwin' ? 'Command' : 'Control',
  cmdorctrl: process.platform === 'darwin' ? 'Command' : 'Control',
  alt: 'Alt',
  option: 'Alt',
  altgr: 'AltGr',
  shift: 'Shift',
  super: 'Super',
  meta: 'Super',
};

export function normalizeAccelerator(accelerator: string): string {
  const parts = accelerator
    .split('+')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const key = parts.pop() ?? '';
  const modifiers = [...new Set(parts.map((p) => MODIFIERS[p.toLowerCase()] ?? p))].sort();
  return [...modifiers, key.length === 1 ? key.toUpperCase() : key].join('+');
}

const registered = new Map<string, { accelerator: string; callback: () => void }>();

/** Accelerators "another app" holds, so the system refuses them: RAPPORT_STANDIN_TAKEN_SHORTCUTS, comma-separated. */
const taken = new Set(
  (process.env.RAPPORT_STANDIN_TAKEN_SHORTCUTS ?? '')
    .split(',')
    .filter((a) => a.trim() !== '')
    .map(normalizeAccelerator),
);

export const globalShortcut = {
  register(accelerator: string, callback: () => void): boolean {
    const key = normalizeAccelerator(accelerator);
    if (registered.has(key) || taken.has(key)) return false;
    registered.set(key, { accelerator, callback });
    return true;
  },
  registerAll(accelerators: string[], callback: () => void): void {
    for (const a of accelerators) globalShortcut.register(a, callback);
  },
  isRegistered(accelerator: string): boolean {
    return registered.has(normalizeAccelerator(accelerator));
  },
  unregister(accelerator: string): void {
    registered.delete(normalizeAccelerator(accelerator));
  },
  unregisterAll(): void {
    registered.clear();
  },
};

provide({
  shortcutPress({ accelerator }) {
    const entry = registered.get(normalizeAccelerator(accelerator));
    if (!entry) {
      const known = [...registered.values()].map((e) => e.accelerator).join(', ') || 'none';
      throw new Error(`no global shortcut registered for ${accelerator} (registered: ${known})`);
    }
    entry.callback();
  },
  shortcutsRegistered() {
    return [...registered.values()].map((e) => e.accelerator);
  },
});
