// The one IPC contract (STYLE habit 1): every channel the renderer may call, with argument and result
// types. Main registers handlers against it, the preload is typed from it; channel strings live only here.
export interface StoreNotice {
  kind: string;
  message: string;
}

export interface JournalInfo {
  journalId: string;
  epoch: number;
  schemaVersion: number;
  dataDir: string;
  appVersion: string;
  locale: string;
  /** Problems the file store found and repaired when it opened, in plain words. */
  notices: StoreNotice[];
}

/** The first paint (issue 10): a small copy of the journal (shared/first-paint) main kept when Rapport last closed. */
export interface FirstPaint {
  journalId: string;
  epoch: number;
  /**
   * A Yjs update of the thin journal in Yjs's v2 encoding (at L 5.4 MB against v1's 6.8 MB, and about 10 %
   * quicker to apply), gzip-compressed (1.4 MB): painted, never merged.
   */
  gzippedUpdateV2: Uint8Array;
}

export interface DocMessageResult {
  /** A sync reply for the sender (e.g. step 2 for its step 1), or null. */
  reply: Uint8Array | null;
  /** True once main's store has fsync'd every update it holds: the UI may say "Saved". */
  durable: boolean;
  /**
   * True when the sender's replica belongs to an older epoch (a backup was restored since it opened):
   * nothing was applied, and the window must drop its replica and reopen.
   */
  stale?: boolean;
}

export interface ImportPreview {
  id: string;
  fileName: string;
  format: string;
  counts: { added: number; updated: number; jobChanges: number; unchanged: number; skipped: number };
  /** The preview's lines: first new rows, each update, each skipped row. */
  lines: string[];
  problems: Array<{ line: number; column?: number; severity: 'error' | 'warning'; message: string }>;
  /** False when the file has errors: nothing can be imported from it. */
  canImport: boolean;
  hasChanges: boolean;
}

export interface ImportOutcome {
  added: number;
  updated: number;
}

/** One backup in `<data dir>/backups/`; `kind` says why it exists (weekly: an older daily kept for its week). */
export interface BackupInfo {
  file: string;
  kind: 'daily' | 'weekly' | 'manual' | 'import' | 'restore' | 'update' | 'pairing';
  /** ISO 8601. */
  createdAt: string;
  size: number;
}

export const EXPORT_FORMATS = ['md', 'json', 'vcard', 'rapport'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Where an export went, or that the user closed the save dialog. */
export type ExportOutcome = { saved: true; path: string } | { saved: false };

export interface RestoreResult {
  /** The journal's new epoch; every window reopens on it. */
  epoch: number;
  /** The backup of the state just replaced. */
  beforeRestore: BackupInfo;
}

/** The language the windows speak: the system's (Swedish or English), or one the user chose. */
export const LANGUAGE_CHOICES = ['system', 'sv', 'en'] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];
/** Light or dark: the system's theme, or one the user chose. */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
/** The languages the spellchecker may check (Windows and Linux fetch a dictionary for each). */
export const SPELLCHECK_LANGUAGES = ['sv', 'en'] as const;
export type SpellcheckLanguage = (typeof SPELLCHECK_LANGUAGES)[number];

/** Settings of this computer (main's device-settings file, never synced) that the Settings screen shows. */
export interface DeviceSettingsInfo {
  language: LanguageChoice;
  theme: ThemeChoice;
  /** Closing the journal window leaves Rapport in the tray. */
  closeToTray: boolean;
  /** False on macOS, where Rapport lives in the Dock as usual and the setting does not apply. */
  closeToTrayApplies: boolean;
  /** Set when the file was damaged or unreadable at start, so the usual settings apply (Settings says so). */
  fellBack?: 'damaged' | 'unreadable';
  /** The daily notification of what is due. */
  reminders: boolean;
  /** When it comes, local time 'HH:MM'. */
  reminderTime: string;
  /** Start Rapport, in the tray, when the user logs in. */
  openAtLogin: boolean;
  /** Windows and Linux: the user chose spellchecking, which fetches its dictionaries once from the internet. */
  spellcheck: boolean;
  spellcheckLanguages: SpellcheckLanguage[];
  /** False on macOS, where the OS checks spelling (always on, nothing fetched) and the setting is not shown. */
  spellcheckApplies: boolean;
  /** The global shortcut chosen for the quick note (an Electron accelerator). */
  quickNoteShortcut: string;
  /** The one main has registered now, or null when the system refused every attempt so far. */
  quickNoteShortcutRegistered: string | null;
  /** The latest accelerator the system refused (another app holds it); cleared by the next success. */
  quickNoteShortcutRefused?: string;
  /** Free accelerators to offer instead, when the chosen one is not registered. */
  quickNoteShortcutSuggestions?: string[];
}

export type DeviceSettingsChange = Partial<
  Pick<
    DeviceSettingsInfo,
    | 'closeToTray'
    | 'language'
    | 'theme'
    | 'reminders'
    | 'reminderTime'
    | 'openAtLogin'
    | 'spellcheck'
    | 'spellcheckLanguages'
    | 'quickNoteShortcut'
  >
>;

/** A paired device as Settings → Devices shows it (never its key). */
export interface SyncDeviceInfo {
  id: string;
  name: string;
  state: 'offline' | 'syncing' | 'up-to-date' | 'refused';
  /** ISO 8601, or null before the first sync. */
  lastSyncedAt: string | null;
  /** The last problem, in a sentence, or null. */
  lastError: string | null;
  /** This device restored a backup and this computer took that journal: what happened, in a sentence. */
  notice?: string;
}

export interface SyncDevicesInfo {
  /** Sync is on: the server listens at `address` (host:port). */
  enabled: boolean;
  address: string | null;
  /** This computer's name as other devices see it. */
  thisDevice: string;
  devices: SyncDeviceInfo[];
  /** Join with a code only: the new device keeps another journal, and this is what adopting it does. */
  adoption?: SyncAdoption;
  /** The relay this computer also syncs through (Settings → Devices → Relay), or null when none is set. */
  relay?: SyncRelayInfo | null;
}

/** A relay as Settings shows it: never its key. `off` while sync is off. */
export interface SyncRelayInfo {
  url: string;
  room: string;
  state: 'off' | 'connecting' | 'syncing' | 'up-to-date' | 'refused';
  /** ISO 8601, or null before the first sync through it. */
  lastSyncedAt: string | null;
  lastError: string | null;
}

/** "Two journals": `take` (this journal is empty) or `merge` these live entries into `name`'s journal. */
export interface SyncAdoption {
  device: string;
  name: string;
  summary: { kind: 'take' } | { kind: 'merge'; counts: Record<string, number> };
}

/** A one-time pairing code for another device (Add device), with the address and the same as a QR code. */
export interface SyncOffer {
  code: string;
  address: string;
  /** ISO 8601: ten minutes after it was made. */
  expiresAt: string;
  /** A PNG data URL of the QR code holding the code and the address. */
  qr: string;
}

/** A note from the quick-note window; main adds it to the inbox of its own document. */
export interface QuickNoteInput {
  text: string;
  /** Whom the note is about, picked in the window's person field; each must be a person in the journal. */
  contactIds?: string[];
}

/** A person the quick note's picker offers (main answers from its own document). */
export interface ContactSuggestion {
  id: string;
  name: string;
  company: string;
}

/** The most people one quick note can be about, and the longest query the picker sends. */
export const MAX_QUICK_NOTE_CONTACTS = 50;
export const MAX_SUGGEST_QUERY_CHARS = 100;

/** The longest quick note main accepts (a note, not a document: about 20 pages of text). */
export const MAX_QUICK_NOTE_CHARS = 50_000;

/** Renderer → main calls: method name → channel, arguments and result. */
export interface InvokeContract {
  journalInfo: { args: []; result: JournalInfo };
  /** `epoch` is the replica's (from journalInfo): main refuses messages from an older epoch. */
  docMessage: { args: [message: Uint8Array, epoch: number]; result: DocMessageResult };
  openQuickNote: { args: []; result: void };
  closeWindow: { args: []; result: void };
  openExternal: { args: [url: string]; result: void };
  openDataFolder: { args: []; result: void };
  chooseImportFile: { args: []; result: ImportPreview | null };
  previewImport: { args: [fileName: string, bytes: Uint8Array]; result: ImportPreview };
  commitImport: { args: [previewId: string]; result: ImportOutcome };
  cancelImport: { args: [previewId: string]; result: void };
  undoImport: { args: []; result: boolean };
  listBackups: { args: []; result: BackupInfo[] };
  backupNow: { args: []; result: BackupInfo };
  /** Backs up the present state, then replaces the journal with the backup; windows get journalReplaced. */
  restoreBackup: { args: [file: string]; result: RestoreResult };
  /** Main asks where (save dialog, or a folder for Markdown) and writes the export there. */
  exportJournal: { args: [format: ExportFormat]; result: ExportOutcome };
  deviceSettings: { args: []; result: DeviceSettingsInfo };
  updateDeviceSettings: { args: [change: DeviceSettingsChange]; result: DeviceSettingsInfo };
  /** A file main was asked to open (a second launch, the OS) before the window could listen: its preview, once. */
  takeImportPreview: { args: []; result: ImportPreview | null };
  syncDevices: { args: []; result: SyncDevicesInfo };
  setSyncEnabled: { args: [enabled: boolean]; result: SyncDevicesInfo };
  /** Turns sync on if needed and makes a one-time code. */
  addSyncDevice: { args: []; result: SyncOffer };
  /** Pairs with the device at `address` (host:port) using its code; refused with a sentence when it cannot. */
  joinSyncDevice: { args: [code: string, address: string]; result: SyncDevicesInfo };
  unpairSyncDevice: { args: [id: string]; result: SyncDevicesInfo };
  /** Takes the journal of a just-paired device (backed up and merged when this one has content). */
  adoptSyncJournal: { args: [id: string]; result: SyncDevicesInfo };
  /** Keeps the relay URL and room (an empty URL forgets the relay); the key is made on the first save. */
  saveSyncRelay: { args: [url: string, room: string]; result: SyncDevicesInfo };
  /** Adds the note to main's journal; resolves once it is fsync'd, then main hides the quick-note window. */
  saveQuickNote: { args: [note: QuickNoteInput]; result: void };
  /** At most eight people whose name has a word starting with `query` (case and diacritics ignored). */
  suggestContacts: { args: [query: string]; result: ContactSuggestion[] };
  /** What the journal looked like when Rapport last closed, while main still opens it; null when it has none. */
  journalFirstPaint: { args: []; result: FirstPaint | null };
  /** Resolves once main has opened the journal (with a first paint, main opens it after the window has it). */
  journalReady: { args: []; result: void };
}

export type InvokeName = keyof InvokeContract;
export type InvokeArgs<K extends InvokeName> = InvokeContract[K]['args'];
export type InvokeResult<K extends InvokeName> = InvokeContract[K]['result'];

export const INVOKE_CHANNELS: { readonly [K in InvokeName]: string } = {
  journalInfo: 'journal:info',
  journalFirstPaint: 'journal:first-paint',
  journalReady: 'journal:ready',
  docMessage: 'doc:message',
  openQuickNote: 'window:open-quick-note',
  closeWindow: 'window:close',
  openExternal: 'shell:open-external',
  openDataFolder: 'shell:open-data-folder',
  chooseImportFile: 'import:choose-file',
  previewImport: 'import:preview',
  commitImport: 'import:commit',
  cancelImport: 'import:cancel',
  undoImport: 'import:undo',
  listBackups: 'backup:list',
  backupNow: 'backup:now',
  restoreBackup: 'backup:restore',
  exportJournal: 'export:save',
  deviceSettings: 'device-settings:get',
  updateDeviceSettings: 'device-settings:update',
  takeImportPreview: 'import:take-preview',
  syncDevices: 'sync:devices',
  setSyncEnabled: 'sync:set-enabled',
  addSyncDevice: 'sync:add-device',
  joinSyncDevice: 'sync:join',
  unpairSyncDevice: 'sync:unpair',
  adoptSyncJournal: 'sync:adopt',
  saveSyncRelay: 'sync:relay-save',
  saveQuickNote: 'quick-note:save',
  suggestContacts: 'quick-note:suggest-contacts',
};

/** Main → renderer pushes. */
export interface EventContract {
  docMessage: [message: Uint8Array];
  importPreview: [preview: ImportPreview];
  /** A backup was restored: the journal has a new epoch; every replica drops its state and reopens. */
  journalReplaced: [info: JournalInfo];
  /** Main asks the journal window to show a person (a follow-up picked in the tray). */
  openContact: [contactId: string];
  /** This computer's settings changed (in any window): every window applies language and theme at once. */
  deviceSettingsChanged: [info: DeviceSettingsInfo];
  /** Main asks the journal window to show Today (the daily reminder was clicked). */
  openToday: [];
  /** Sync turned on or off, a device paired, synced, refused or unpaired. */
  syncDevicesChanged: [info: SyncDevicesInfo];
}
export type EventName = keyof EventContract;

export const EVENT_CHANNELS: { readonly [K in EventName]: string } = {
  docMessage: 'doc:push',
  importPreview: 'import:preview-ready',
  journalReplaced: 'journal:replaced',
  openContact: 'nav:open-contact',
  deviceSettingsChanged: 'device-settings:changed',
  openToday: 'nav:open-today',
  syncDevicesChanged: 'sync:changed',
};

/** What the preload exposes as `window.rapport`: one function per invoke channel plus event subscriptions. */
export type RapportApi = {
  [K in InvokeName]: (...args: InvokeArgs<K>) => Promise<InvokeResult<K>>;
} & {
  onDocMessage(listener: (message: Uint8Array) => void): () => void;
  /** A preview main prepared on its own (the File → Import… menu). */
  onImportPreview(listener: (preview: ImportPreview) => void): () => void;
  onJournalReplaced(listener: (info: JournalInfo) => void): () => void;
  onOpenContact(listener: (contactId: string) => void): () => void;
  onDeviceSettingsChanged(listener: (info: DeviceSettingsInfo) => void): () => void;
  onOpenToday(listener: () => void): () => void;
  onSyncDevicesChanged(listener: (info: SyncDevicesInfo) => void): () => void;
};

/**
 * The largest sync message main accepts from a window. Windows send state vectors (bytes) and the edits
 * made since the last message (kilobytes); the largest honest message is a step-2 reply holding a whole
 * journal (main asks for it after it lost its own copy). 64 MB is far above any journal written by hand,
 * and keeps a runaway or hostile page from making main hold and decode gigabytes.
 */
export const MAX_DOC_MESSAGE_BYTES = 64 * 1024 * 1024;

/** The largest file the app and the CLI import (the same 50 MB as MAX_IMPORT_CHARS for text formats). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
