// Runtime argument schemas for every invoke channel, used by main before a handler runs. Typed against
// the contract so a channel without a validator, or a validator of the wrong shape, does not compile.
import { z } from 'zod';
import { isHttpUrl } from '../text/urls';
import { isQuickNoteAccelerator } from '../shortcuts/accelerator';
import {
  EXPORT_FORMATS,
  LANGUAGE_CHOICES,
  MAX_DOC_MESSAGE_BYTES,
  MAX_IMPORT_BYTES,
  SPELLCHECK_LANGUAGES,
  MAX_QUICK_NOTE_CHARS,
  MAX_QUICK_NOTE_CONTACTS,
  MAX_SUGGEST_QUERY_CHARS,
  THEME_CHOICES,
  type InvokeArgs,
  type InvokeName,
} from './contract';

const bytes = z
  .instanceof(Uint8Array)
  .refine(
    (b) => b.byteLength > 0 && b.byteLength <= MAX_DOC_MESSAGE_BYTES,
    `a sync message is between 1 byte and ${MAX_DOC_MESSAGE_BYTES / 1024 / 1024} MB`,
  );

/** A file to preview for import: empty is allowed (the importer explains), larger than the import limit is not. */
const importBytes = z
  .instanceof(Uint8Array)
  .refine((b) => b.byteLength <= MAX_IMPORT_BYTES, `an import file is at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);

const httpUrl = z.string().max(4096).refine(isHttpUrl, 'only http(s) links can be opened');

const epoch = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** A plain backup file name: main also checks it names a backup inside the backups folder. */
const backupFileName = z
  .string()
  .max(255)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.rapport$/, 'a backup is named by its plain file name')
  .refine((name) => !name.includes('..'), 'a backup is named by its plain file name');

export const INVOKE_VALIDATORS: { readonly [K in InvokeName]: z.ZodType<InvokeArgs<K>> } = {
  journalInfo: z.tuple([]),
  journalFirstPaint: z.tuple([]),
  journalReady: z.tuple([]),
  docMessage: z.tuple([bytes, epoch]),
  openQuickNote: z.tuple([]),
  closeWindow: z.tuple([]),
  openExternal: z.tuple([httpUrl]),
  openDataFolder: z.tuple([]),
  chooseImportFile: z.tuple([]),
  previewImport: z.tuple([z.string().min(1).max(1024), importBytes]),
  commitImport: z.tuple([z.string().min(1).max(100)]),
  cancelImport: z.tuple([z.string().min(1).max(100)]),
  undoImport: z.tuple([]),
  listBackups: z.tuple([]),
  backupNow: z.tuple([]),
  restoreBackup: z.tuple([backupFileName]),
  exportJournal: z.tuple([z.enum(EXPORT_FORMATS)]),
  deviceSettings: z.tuple([]),
  updateDeviceSettings: z.tuple([
    z.strictObject({
      closeToTray: z.boolean().optional(),
      language: z.enum(LANGUAGE_CHOICES).optional(),
      theme: z.enum(THEME_CHOICES).optional(),
      reminders: z.boolean().optional(),
      reminderTime: z
        .string()
        .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
        .optional(),
      openAtLogin: z.boolean().optional(),
      spellcheck: z.boolean().optional(),
      spellcheckLanguages: z.array(z.enum(SPELLCHECK_LANGUAGES)).max(SPELLCHECK_LANGUAGES.length).optional(),
      quickNoteShortcut: z
        .string()
        .max(60)
        .refine(isQuickNoteAccelerator, 'a shortcut is one key with Ctrl, Alt or ⌘ (e.g. CommandOrControl+Shift+Space)')
        .optional(),
    }),
  ]),
  saveQuickNote: z.tuple([
    z.strictObject({
      text: z
        .string()
        .max(MAX_QUICK_NOTE_CHARS)
        .refine((text) => text.trim() !== '', 'a quick note has some text'),
      contactIds: z
        .array(z.string().min(1).max(64))
        .max(MAX_QUICK_NOTE_CONTACTS)
        .refine((ids) => new Set(ids).size === ids.length, 'each person is named once')
        .optional(),
    }),
  ]),
  suggestContacts: z.tuple([z.string().max(MAX_SUGGEST_QUERY_CHARS)]),
  takeImportPreview: z.tuple([]),
  syncDevices: z.tuple([]),
  setSyncEnabled: z.tuple([z.boolean()]),
  addSyncDevice: z.tuple([]),
  joinSyncDevice: z.tuple([z.string().min(1).max(100), z.string().min(1).max(300)]),
  unpairSyncDevice: z.tuple([z.string().min(1).max(64)]),
  adoptSyncJournal: z.tuple([z.string().min(1).max(64)]),
  saveSyncRelay: z.tuple([z.string().max(2048), z.string().max(100)]),
};
