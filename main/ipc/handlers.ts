// The implementations behind the IPC contract. Each is small; the work lives in the feature modules.
import { mt, setMainLanguage } from '../app/main-i18n';
import { storeNotice } from '../journal/store-notices';
import { readOnlyMessage } from '../journal/journal-host';
import { resolveLanguage } from '@shared/i18n/language';
import { app, BrowserWindow, dialog, session, shell } from 'electron';
import { applySpellcheck, spellcheckUsesOs } from '../windows/spellcheck';
import {
  EVENT_CHANNELS,
  type BackupInfo,
  type DeviceSettingsInfo,
  type ImportPreview,
  type JournalInfo,
} from '@shared/ipc/contract';
import type { ImportService } from '../import/import-service';
import type { InvokeHandlers } from './register';
import type { JournalHost } from '../journal/journal-host';
import type { WindowSyncHub } from './window-sync';
import type { BackupService } from '../backup/backup-service';
import type { BackupEntry } from '../backup/backup-files';
import type { RestoreService } from '../backup/restore-service';
import { backupKinds } from '../backup/retention';
import { adoptJournal } from '../sync/adopt-journal';
import { exportWithDialog } from '../export/export-dialog';
import type { DeviceSettingsStore } from '../settings/device-settings';
import { wouldChange } from '@shared/sync/doc-sync';
import type { AppSync } from '../sync/app-sync';
import { saveQuickNote } from '../quick-note/save-quick-note';
import type { QuickNoteWindow } from '../quick-note/quick-note-window';
import { ContactSuggester } from '../quick-note/contact-suggestions';
import type { QuickNoteShortcut } from '../shortcuts/quick-note-shortcut';

export interface HandlerDeps {
  host: JournalHost;
  sync: WindowSyncHub;
  dataDir: string;
  openQuickNote: () => Promise<unknown>;
  /** The import service of the current document (a restore replaces it). */
  imports: () => ImportService;
  backups: BackupService;
  restorer: RestoreService;
  deviceSettings: DeviceSettingsStore;
  /** After a settings change is saved: reminders re-arm, launch at login follows. */
  deviceSettingsSaved?: () => void;
  /** The preview of a file main was asked to open before the window listened, handed over once. */
  takeImportPreview?: () => ImportPreview | null;
  /** Device sync (Settings → Devices). */
  devicesSync: AppSync;
  quickNote: QuickNoteWindow;
  shortcut: QuickNoteShortcut;
}

/** The quick-note shortcut as Settings shows it: what is registered, what was refused, what is free instead. */
function shortcutInfo(store: DeviceSettingsStore, shortcut: QuickNoteShortcut) {
  const chosen = store.get().quickNoteShortcut;
  const { registered, refused } = shortcut.status();
  const stuck = registered !== chosen || refused !== undefined;
  return {
    quickNoteShortcut: chosen,
    quickNoteShortcutRegistered: registered,
    ...(refused ? { quickNoteShortcutRefused: refused } : {}),
    ...(stuck ? { quickNoteShortcutSuggestions: shortcut.suggestions() } : {}),
  };
}

/** What Settings shows of this computer's settings; the tray setting applies where there is no Dock. */
export function deviceSettingsInfo(store: DeviceSettingsStore, shortcut: QuickNoteShortcut): DeviceSettingsInfo {
  const fellBack = store.problem?.kind;
  return {
    ...shortcutInfo(store, shortcut),
    closeToTray: store.get().closeToTray,
    language: store.get().language,
    theme: store.get().theme,
    closeToTrayApplies: process.platform !== 'darwin',
    reminders: store.get().reminders,
    reminderTime: store.get().reminderTime,
    openAtLogin: store.get().openAtLogin,
    spellcheck: store.get().spellcheck,
    spellcheckLanguages: [...store.get().spellcheckLanguages],
    spellcheckApplies: !spellcheckUsesOs(),
    ...(fellBack ? { fellBack } : {}),
  };
}

export function describeJournal(host: JournalHost, dataDir: string): JournalInfo {
  return {
    ...host.identity,
    dataDir,
    appVersion: app.getVersion(),
    locale: app.getLocale(),
    notices: [
      ...(host.readOnly ? [{ kind: 'read-only', message: readOnlyMessage(host.readOnly) }] : []),
      ...host.reports.map(storeNotice),
    ],
  };
}

function backupInfos(entries: readonly BackupEntry[]): BackupInfo[] {
  const kinds = backupKinds(entries);
  return entries.map((e) => ({
    file: e.file,
    kind: kinds.get(e) ?? 'manual',
    createdAt: e.createdAt.toISOString(),
    size: e.size,
  }));
}

/** The import dialog's file types, named in main's language. */
export function importFilters(): Array<{ name: string; extensions: string[] }> {
  return [
    { name: mt('dialog.filterAll'), extensions: ['csv', 'vcf', 'json', 'rapport'] },
    { name: mt('dialog.filterLinkedIn'), extensions: ['csv'] },
    { name: mt('dialog.filterVcard'), extensions: ['vcf'] },
  ];
}

export function createHandlers({
  host,
  sync,
  dataDir,
  openQuickNote,
  imports,
  backups,
  restorer,
  deviceSettings,
  deviceSettingsSaved,
  takeImportPreview,
  devicesSync,
  quickNote,
  shortcut,
}: HandlerDeps): InvokeHandlers {
  const people = new ContactSuggester(() => host.doc);
  return {
    journalInfo: () => describeJournal(host, dataDir),
    // A window opened once the journal is open reads it the usual way (main answers these early otherwise).
    journalFirstPaint: () => null,
    journalReady: () => undefined,
    docMessage: async ({ sender }, message, epoch) => {
      // A replica of an older epoch would merge the replaced state back in: it is refused, and reopens.
      await restorer.whenIdle();
      if (epoch !== host.identity.epoch) return { reply: null, durable: false, stale: true };
      // A journal from a newer Rapport is shown but never written: a message that would change it is
      // refused, and the window says its edits are not saved, with the reason.
      if (host.readOnly && wouldChange(host.doc, message)) host.assertWritable();
      const reply = sync.receive(sender, message);
      // "Saved" in the UI means fsync'd on disk, so the answer waits for the store.
      await host.store.whenFlushed();
      return { reply, durable: true };
    },
    openQuickNote: async () => {
      await openQuickNote();
    },
    closeWindow: ({ sender }) => {
      BrowserWindow.fromWebContents(sender)?.close();
    },
    openExternal: async (_ctx, url) => {
      await shell.openExternal(url);
    },
    openDataFolder: async () => {
      await shell.openPath(dataDir);
    },
    chooseImportFile: async ({ sender }) => {
      const owner = BrowserWindow.fromWebContents(sender);
      const options = { title: mt('dialog.importTitle'), properties: ['openFile' as const], filters: importFilters() };
      const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      const path = choice.filePaths[0];
      return choice.canceled || !path ? null : imports().previewPath(path);
    },
    previewImport: (_ctx, fileName, bytes) => imports().preview(fileName, bytes),
    commitImport: async (_ctx, id) => {
      await restorer.whenIdle();
      host.assertWritable();
      const outcome = await imports().commit(id);
      await host.store.whenFlushed();
      return outcome;
    },
    cancelImport: (_ctx, id) => imports().cancel(id),
    undoImport: async () => {
      await restorer.whenIdle();
      host.assertWritable();
      const undone = imports().undoLast();
      await host.store.whenFlushed();
      return undone;
    },
    listBackups: async () => backupInfos(await backups.list()),
    backupNow: async () => {
      const entry = await backups.backupNow('manual');
      return backupInfos(await backups.list()).find((b) => b.file === entry.file) ?? backupInfos([entry])[0]!;
    },
    restoreBackup: async (_ctx, file) => {
      host.assertWritable();
      const { epoch, before } = await restorer.restore(file);
      return { epoch, beforeRestore: backupInfos([before])[0]! };
    },
    exportJournal: async ({ sender }, format) => {
      await restorer.whenIdle();
      return exportWithDialog(format, host.doc, BrowserWindow.fromWebContents(sender) ?? undefined);
    },
    deviceSettings: () => deviceSettingsInfo(deviceSettings, shortcut),
    updateDeviceSettings: async (_ctx, change) => {
      // A shortcut the system refuses is not kept: the registered one stays, and Settings says so.
      const { quickNoteShortcut, ...rest } = change;
      const taken = quickNoteShortcut === undefined || shortcut.use(quickNoteShortcut);
      await deviceSettings.update(taken ? change : rest);
      setMainLanguage(resolveLanguage(deviceSettings.get().language, app.getPreferredSystemLanguages()));
      applySpellcheck(session.defaultSession, deviceSettings.get());
      const info = deviceSettingsInfo(deviceSettings, shortcut);
      // Every window (the hidden quick note too) takes the new language and theme at once.
      for (const win of BrowserWindow.getAllWindows()) win.webContents.send(EVENT_CHANNELS.deviceSettingsChanged, info);
      deviceSettingsSaved?.();
      return info;
    },
    takeImportPreview: () => takeImportPreview?.() ?? null,
    syncDevices: () => devicesSync.info(),
    setSyncEnabled: (_ctx, enabled) => {
      if (enabled) host.assertWritable(); // a journal from a newer Rapport is never written, by sync either
      return devicesSync.setEnabled(enabled);
    },
    addSyncDevice: async () => {
      host.assertWritable();
      await devicesSync.setEnabled(true);
      return devicesSync.offer();
    },
    joinSyncDevice: (_ctx, code, address) => {
      host.assertWritable();
      return devicesSync.join(code, address);
    },
    unpairSyncDevice: (_ctx, id) => devicesSync.unpair(id),
    adoptSyncJournal: async (_ctx, id) => {
      host.assertWritable();
      await restorer.whenIdle();
      await adoptJournal(devicesSync, id, restorer, () => host.doc);
      return devicesSync.info();
    },
    saveSyncRelay: (_ctx, url, room) => devicesSync.saveRelay(url, room),
    saveQuickNote: async ({ sender }, note) => {
      await restorer.whenIdle();
      await saveQuickNote(host, note);
      quickNote.hideIfSender(sender);
    },
    suggestContacts: (_ctx, query) => people.suggest(query),
  };
}
