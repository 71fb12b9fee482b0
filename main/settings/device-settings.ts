// Settings that belong to this computer, not to the journal (never synced): one small JSON file in main's
// user data. A damaged or unreadable file never blocks the start: defaults apply and the file is kept aside.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { LANGUAGE_CHOICES, SPELLCHECK_LANGUAGES, THEME_CHOICES } from '@shared/ipc/contract';
import { keepAside, replaceFile } from '../store/durable-io';
import { DEFAULT_QUICK_NOTE_SHORTCUT, isQuickNoteAccelerator } from '@shared/shortcuts/accelerator';

export const DEVICE_SETTINGS_FILE = 'device-settings.json';
/** 'HH:MM', 00:00 to 23:59. */
export const REMINDER_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

// Unknown keys are kept, so a newer Rapport's settings survive a run of this one.
const schema = z.looseObject({
  version: z.literal(1).default(1),
  /** Windows and Linux: closing the journal window leaves Rapport in the tray. */
  closeToTray: z.boolean().default(true),
  /** The user ticked "Don't show again" on the notice that Rapport is still in the tray. */
  trayNoticeDismissed: z.boolean().default(false),
  // A language or theme this Rapport does not know (a newer one's) follows the system, the rest of the file stays.
  /** The windows' language: 'system' follows the OS (Swedish or English). */
  language: z.enum(LANGUAGE_CHOICES).default('system').catch('system'),
  /** Light or dark: 'system' follows the OS. */
  theme: z.enum(THEME_CHOICES).default('system').catch('system'),
  /** A calm daily notification of what is due (main/reminders). */
  reminders: z.boolean().default(true),
  /** When that notification comes, local time 'HH:MM'; a time this Rapport cannot read falls back to 09:00. */
  reminderTime: z.string().regex(REMINDER_TIME).default('09:00').catch('09:00'),
  /** Start Rapport, in the tray, when the user logs in (main/app/login-item.ts). */
  openAtLogin: z.boolean().default(false),
  /** The journal window's last size and place; a damaged value is forgotten, the rest of the file stays. */
  windowBounds: z
    .object({ x: z.number().int(), y: z.number().int(), width: z.number().int(), height: z.number().int() })
    .optional()
    .catch(undefined),
  /** Windows and Linux: spellchecking, which fetches dictionaries from the internet, only once chosen. */
  spellcheck: z.boolean().default(false),
  spellcheckLanguages: z.array(z.enum(SPELLCHECK_LANGUAGES)).default(['sv', 'en']).catch(['sv', 'en']),
  /** The quick note's global shortcut; one this Rapport cannot read falls back to the default. */
  quickNoteShortcut: z
    .string()
    .refine(isQuickNoteAccelerator)
    .default(DEFAULT_QUICK_NOTE_SHORTCUT)
    .catch(DEFAULT_QUICK_NOTE_SHORTCUT),
});

export type DeviceSettings = z.infer<typeof schema>;
export type DeviceSettingsPatch = Partial<
  Pick<
    DeviceSettings,
    | 'closeToTray'
    | 'trayNoticeDismissed'
    | 'language'
    | 'theme'
    | 'reminders'
    | 'reminderTime'
    | 'openAtLogin'
    | 'windowBounds'
    | 'spellcheck'
    | 'spellcheckLanguages'
    | 'quickNoteShortcut'
  >
>;

export function defaultDeviceSettings(): DeviceSettings {
  return schema.parse({});
}

/** What went wrong reading the file, in plain words for the log and the journal window's notices. */
export interface SettingsProblem {
  kind: 'damaged' | 'unreadable';
  message: string;
  keptAs?: string;
}

export class DeviceSettingsStore {
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly path: string,
    private current: DeviceSettings,
    readonly problem: SettingsProblem | undefined,
  ) {}

  /** Never throws: a missing file is a first start, anything else falls back to defaults and says why. */
  static async open(path: string, now: Date = new Date()): Promise<DeviceSettingsStore> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return new DeviceSettingsStore(path, defaultDeviceSettings(), undefined);
      const message = `The settings of this computer could not be read (${code ?? String(error)}), so the usual settings apply.`;
      return new DeviceSettingsStore(path, defaultDeviceSettings(), { kind: 'unreadable', message });
    }
    const parsed = parseSettings(text);
    if (parsed) return new DeviceSettingsStore(path, parsed, undefined);
    const keptAs = await keepAside(path, 'damaged', now).catch(() => undefined);
    const store = new DeviceSettingsStore(path, defaultDeviceSettings(), {
      kind: 'damaged',
      message: keptAs
        ? `The settings of this computer were damaged, so the usual settings apply. The old file was kept as ${keptAs}.`
        : 'The settings of this computer were damaged, so the usual settings apply.',
      keptAs,
    });
    // Only once the damaged file is safely aside may it be replaced, or the next start would find it again.
    if (keptAs) await store.save().catch(() => undefined);
    return store;
  }

  get(): DeviceSettings {
    return { ...this.current };
  }

  /** Applies at once in memory; the file is written atomically, one write after another. */
  async update(patch: DeviceSettingsPatch): Promise<DeviceSettings> {
    const changes = Object.entries(patch).filter(([, value]) => value !== undefined);
    this.current = { ...this.current, ...Object.fromEntries(changes) };
    await this.save();
    return this.get();
  }

  /** Resolves when every write asked for so far has finished (quitting waits for it). */
  whenWritten(): Promise<void> {
    return this.writing.catch(() => undefined);
  }

  private save(): Promise<void> {
    const bytes = new TextEncoder().encode(`${JSON.stringify(this.current, null, 2)}\n`);
    this.writing = this.writing
      .catch(() => undefined)
      .then(async () => {
        await mkdir(dirname(this.path), { recursive: true });
        await replaceFile(this.path, bytes);
      });
    return this.writing;
  }
}

/** The settings in `text`, or undefined when it is not JSON or a value has the wrong type. */
export function parseSettings(text: string): DeviceSettings | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  const result = schema.safeParse(raw);
  return result.success ? result.data : undefined;
}
