// Rapport's main process: lifecycle and wiring only (STYLE habit 4). Features live in their folders.
import { app, BrowserWindow, dialog, powerMonitor, protocol, safeStorage, screen, session, shell } from 'electron';
import { join } from 'node:path';
import { resolveDataDir } from './app/data-dir';
import { cliArguments, runCliInApp } from './app/cli-mode';
import { JournalHost } from './journal/journal-host';
import { StoreLockedError } from './store';
import { APP_SCHEME, createAppProtocolHandler } from './windows/app-protocol';
import { denyAllPermissions, hardenWebContents, isAppUrl } from './windows/security';
import { openJournalWindow } from './windows/windows';
import { applySpellcheck } from './windows/spellcheck';
import { registerInvokeHandlers } from './ipc/register';
import { createHandlers, describeJournal, deviceSettingsInfo, importFilters } from './ipc/handlers';
import { deferredHandlers } from './ipc/deferred-handlers';
import type { InvokeHandlers } from './ipc/register';
import { dropFirstPaint, readFirstPaint, writeFirstPaint } from './journal/first-paint-file';
import { WindowSyncHub } from './ipc/window-sync';
import { createTray, type TrayHandle } from './tray/tray';
import { installAppMenu } from './menu/app-menu';
import { mt, setMainLanguage } from './app/main-i18n';
import { resolveLanguage } from '@shared/i18n/language';
import { BackupService } from './backup/backup-service';
import { ImportService } from './import/import-service';
import { RestoreService } from './backup/restore-service';
import { startTrashSweeper, type TrashSweeper } from './journal/trash-sweeper';
import { exportWithDialog } from './export/export-dialog';
import { EVENT_CHANNELS, type ExportFormat } from '@shared/ipc/contract';
import { DEVICE_SETTINGS_FILE, DeviceSettingsStore } from './settings/device-settings';
import { AppSync } from './sync/app-sync';
import { watchFollowUps, type FollowUpWatch } from './tray/follow-up-watch';
import { createTrayNotice } from './tray/tray-notice';
import { startDailyReminders } from './reminders/reminders';
import { fileMemory, REMINDER_MEMORY_FILE } from './reminders/reminder-memory';
import type { ReminderScheduler } from './reminders/reminder-scheduler';
import { appClock } from './app/test-clock';
import { fileToOpen, isOpenableFile } from './app/file-args';
import { applyOpenAtLogin, startedHidden } from './app/login-item';
import { keepOnScreen, type Rect } from './windows/window-bounds';
import type { ImportPreview } from '@shared/ipc/contract';
import { QuickNoteWindow } from './quick-note/quick-note-window';
import { QuickNoteShortcut } from './shortcuts/quick-note-shortcut';

const { dir: dataDir, explicit } = resolveDataDir(process.argv, process.env, app.getPath('userData'));
// A journal opened with --data-dir keeps its browser profile (the replica cache) beside it, so two
// journals never share a cache and each can run as its own instance.
if (explicit) app.setPath('userData', join(dataDir, '.app-profile'));

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// `Rapport --cli …` runs a CLI command and exits: no window, and no single-instance lock, so it can read
// the journal beside a running app (the store's own lock decides what may write).
const cliArgs = cliArguments(process.argv);
if (cliArgs) {
  app.dock?.hide();
  void runCliInApp(cliArgs, (code) => app.exit(code));
} else if (!app.requestSingleInstanceLock()) {
  app.exit(0);
} else {
  void start();
}

let host: JournalHost | undefined;
let sync: WindowSyncHub | undefined;
let tray: TrayHandle | undefined;
let backups: BackupService | undefined;
let trashSweeper: TrashSweeper | undefined;
let imports: ImportService | undefined;
let journalWindow: BrowserWindow | undefined;
const quickNote = new QuickNoteWindow();
let shortcut: QuickNoteShortcut | undefined;
let openingJournal: Promise<BrowserWindow> | undefined;
let deviceSettings: DeviceSettingsStore | undefined;
let devicesSync: AppSync | undefined;
let followUps: FollowUpWatch | undefined;
let trayNotice: (() => Promise<void>) | undefined;
let reminders: ReminderScheduler | undefined;
/** A file to open that arrived before the journal could show it (the first launch, macOS open-file). */
let fileBeforeStart: string | undefined;
/** A preview made while the journal window was closed: the window takes it once it listens. */
let pendingPreview: ImportPreview | undefined;
let started = false;
/** Set by before-quit: from then on a closing window is part of quitting, not a move to the tray. */
let quitting = false;

/** Windows and Linux, with the setting on: the last window closing leaves Rapport in the tray. */
function staysInTray(): boolean {
  return process.platform !== 'darwin' && (deviceSettings?.get().closeToTray ?? true);
}

/** Shows the journal window, opening it (on `hash`, e.g. a person) when it is not there. */
async function showJournal(hash = ''): Promise<BrowserWindow> {
  if (openingJournal) return openingJournal; // still loading: it shows itself when ready
  if (journalWindow && !journalWindow.isDestroyed()) {
    journalWindow.show();
    journalWindow.focus();
    return journalWindow;
  }
  openingJournal ??= openJournalWindow(hash, journalPlace(), (win) => {
    journalWindow = win;
    win.on('closed', () => {
      journalWindow = undefined;
      if (!quitting && staysInTray()) void trayNotice?.();
      // The hidden quick-note window is still there, so 'window-all-closed' would not come: quit here.
      else if (!quitting && process.platform !== 'darwin') app.quit();
    });
  });
  try {
    return await openingJournal;
  } finally {
    openingJournal = undefined;
  }
}

/** A follow-up picked in the tray: the journal window shows that person (opened there if it was closed). */
async function openContact(contactId: string): Promise<void> {
  const hash = `#/contact/${encodeURIComponent(contactId)}`;
  const open = journalWindow && !journalWindow.isDestroyed();
  const win = await showJournal(hash);
  if (open) win.webContents.send(EVENT_CHANNELS.openContact, contactId);
}

/** Where the journal window opens (where it was, if a display still shows it), and where it is remembered. */
function journalPlace(): { bounds: Rect; save: (bounds: Rect) => void } {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const bounds = keepOnScreen(deviceSettings?.get().windowBounds, workAreas, screen.getPrimaryDisplay().workArea);
  return {
    bounds,
    save: (windowBounds) => void deviceSettings?.update({ windowBounds }).catch(() => undefined),
  };
}

/** The daily reminder was clicked: the journal window shows Today (opened there if it was closed). */
async function openToday(): Promise<void> {
  const open = journalWindow && !journalWindow.isDestroyed();
  const win = await showJournal('#/today');
  if (open) win.webContents.send(EVENT_CHANNELS.openToday);
}

/** A file given to Rapport (a second launch, the first one, macOS open-file): the import preview shows it. */
async function openFile(path: string): Promise<void> {
  if (!imports || !isOpenableFile(path)) {
    await showJournal();
    return;
  }
  const importer = imports;
  const open = journalWindow && !journalWindow.isDestroyed();
  try {
    const preview = await importer.previewPath(path);
    if (!open) pendingPreview = preview;
    const win = await showJournal();
    if (open) win.webContents.send(EVENT_CHANNELS.importPreview, preview);
  } catch (error) {
    await showJournal();
    dialog.showErrorBox(mt('openFile.failed'), error instanceof Error ? error.message : String(error));
  }
}

// macOS hands files over with open-file, also before the app is ready (a double-click that starts Rapport).
app.on('open-file', (event, path) => {
  event.preventDefault();
  if (started) void openFile(path);
  else fileBeforeStart = path;
});

/** How long main waits for the window to take the first paint before it reads the journal anyway. */
const FIRST_PAINT_WAIT_MS = 5000;

/** Calls from our own pages only (checklist #17). */
function fromOurWindow(event: Electron.IpcMainInvokeEvent): boolean {
  return isAppUrl(event.senderFrame?.url ?? '') && BrowserWindow.fromWebContents(event.sender) !== null;
}

async function start(): Promise<void> {
  await app.whenReady();
  // Windows shows an app's notifications only under the id its Start menu shortcut carries (electron-builder's appId).
  if (process.platform === 'win32') app.setAppUserModelId('se.rapport.journal');
  const settings = await DeviceSettingsStore.open(join(app.getPath('userData'), DEVICE_SETTINGS_FILE));
  if (settings.problem) console.warn(`Rapport settings: ${settings.problem.message}`);
  deviceSettings = settings;
  setMainLanguage(resolveLanguage(settings.get().language, app.getPreferredSystemLanguages()));
  trayNotice = createTrayNotice(settings);
  denyAllPermissions();
  applySpellcheck(session.defaultSession, settings.get());
  protocol.handle(APP_SCHEME, createAppProtocolHandler(join(__dirname, '../renderer')));
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  const quickNoteShortcut = new QuickNoteShortcut(() => void quickNote.show());
  shortcut = quickNoteShortcut;
  quickNoteShortcut.use(settings.get().quickNoteShortcut);

  // Issue 10: with a first paint from the last close, the window opens now and paints it while main reads
  // the journal. Every call but these few waits for the journal (deferred-handlers.ts).
  const showsJournalAtStart =
    !fileBeforeStart && !fileToOpen(process.argv, process.cwd()) && !startedHidden(process.argv);
  let firstPaint = showsJournalAtStart ? await readFirstPaint(dataDir).catch(() => null) : null;
  let handlersReady!: (handlers: InvokeHandlers) => void;
  const allHandlers = new Promise<InvokeHandlers>((resolve) => (handlersReady = resolve));
  let windowHasFirstPaint!: () => void;
  const windowPainting = new Promise<void>((resolve) => (windowHasFirstPaint = resolve));
  registerInvokeHandlers(
    deferredHandlers(allHandlers, {
      deviceSettings: () => deviceSettingsInfo(settings, quickNoteShortcut),
      journalFirstPaint: () => {
        const copy = firstPaint;
        firstPaint = null; // once: a reload or a later window reads the journal itself
        return copy;
      },
      journalReady: async () => {
        windowHasFirstPaint();
        await allHandlers;
      },
    }),
    fromOurWindow,
  );
  if (firstPaint) {
    void showJournal();
    // The window's page and the copy come from main: main reads the journal (which keeps it busy) once the
    // window has them, or after a few seconds if it never asks.
    await Promise.race([windowPainting, new Promise((resolve) => setTimeout(resolve, FIRST_PAINT_WAIT_MS))]);
    firstPaint = null;
  }

  try {
    host = await JournalHost.open(dataDir);
  } catch (error) {
    const locked = error instanceof StoreLockedError;
    const why = locked
      ? mt('dialog.locked', { dir: error.dataDir })
      : error instanceof Error
        ? error.message
        : String(error);
    dialog.showErrorBox(mt('dialog.openFailed'), why);
    app.exit(locked ? 3 : 1);
    return;
  }
  for (const report of host.reports) console.warn(`Rapport store: ${report.message}`);
  dropFirstPaint(dataDir).catch((error: unknown) => console.warn('Rapport: the first paint was not removed', error));

  const journal = host;
  const hub = new WindowSyncHub(journal.doc);
  sync = hub;
  const backupService = new BackupService(dataDir, () => journal.doc);
  backups = backupService;
  backups.startDaily((error) => console.error('Rapport: the daily backup failed', error));
  trashSweeper = startTrashSweeper(() => journal.doc);
  let importer = new ImportService(journal.doc, backupService);
  imports = importer;
  // After a restore the journal is a new Y.Doc: rebind what held the old one, then every window reopens.
  const restorer = new RestoreService(journal, backupService, () => {
    hub.replaceDoc(journal.doc);
    followUps?.rebind(journal.doc);
    importer.destroy();
    importer = new ImportService(journal.doc, backupService);
    imports = importer;
    const info = describeJournal(journal, dataDir);
    for (const win of BrowserWindow.getAllWindows()) win.webContents.send(EVENT_CHANNELS.journalReplaced, info);
    void devicesSync?.journalReplaced().catch((error: unknown) => console.warn('Rapport sync:', error));
  });
  const currentImports = (): ImportService => importer;
  // The login entry is written again at each start while on, so it follows an app that moved.
  let loginItemOn = settings.get().openAtLogin;
  if (loginItemOn) applyOpenAtLogin(true).catch((error: unknown) => console.error('Rapport: launch at login', error));
  const appSync = await AppSync.open(
    app.getPath('userData'),
    () => ({ doc: journal.doc, identity: journal.identity, whenFlushed: () => journal.store.whenFlushed() }),
    { safeStorage, writable: !journal.readOnly, restorer },
  );
  devicesSync = appSync;
  appSync.onChange(() => {
    const info = appSync.info();
    for (const win of BrowserWindow.getAllWindows()) win.webContents.send(EVENT_CHANNELS.syncDevicesChanged, info);
  });
  handlersReady(
    createHandlers({
      host: journal,
      sync: hub,
      dataDir,
      openQuickNote: () => quickNote.show(),
      imports: currentImports,
      backups: backupService,
      restorer,
      deviceSettings: settings,
      deviceSettingsSaved: () => {
        reminders?.reschedule();
        if (settings.get().openAtLogin !== loginItemOn) {
          loginItemOn = settings.get().openAtLogin;
          applyOpenAtLogin(loginItemOn).catch((error: unknown) => console.error('Rapport: launch at login', error));
        }
      },
      takeImportPreview: () => {
        const preview = pendingPreview ?? null;
        pendingPreview = undefined;
        return preview;
      },
      devicesSync: appSync,
      quickNote,
      shortcut: quickNoteShortcut,
    }),
  );
  const rebuildMenu = installAppMenu({
    openQuickNote: () => void quickNote.show(),
    openDataFolder: () => void shell.openPath(dataDir),
    importFile: () => void chooseImportFromMenu(currentImports()),
    exportAs: (format) => void exportFromMenu(format, journal, restorer),
    quit: () => app.quit(),
    quickNoteShortcut: () => quickNoteShortcut.current(),
  });
  const trayHandle = createTray({
    openJournal: () => void showJournal(),
    openQuickNote: () => void quickNote.show(),
    openContact: (id) => void openContact(id),
    quit: () => app.quit(),
    quickNoteShortcut: () => quickNoteShortcut.current(),
    syncInfo: () => appSync.info(),
  });
  tray = trayHandle;
  appSync.onChange(() => trayHandle.refresh());
  quickNoteShortcut.onChange(() => {
    rebuildMenu();
    trayHandle.refresh();
  });
  followUps = watchFollowUps(journal.doc, (items) => trayHandle.showFollowUps(items));
  reminders = startDailyReminders({
    doc: () => journal.doc,
    settings,
    memory: fileMemory(join(app.getPath('userData'), REMINDER_MEMORY_FILE)),
    openToday: () => void openToday(),
    clock: appClock(process.env, app.isPackaged),
  });
  powerMonitor.on('resume', () => reminders?.wake());
  // A second launch focuses this one; a file it was given opens here, in the import preview.
  app.on('second-instance', (_event, argv, cwd) => {
    const file = fileToOpen(argv, cwd);
    void (file ? openFile(file) : showJournal());
  });
  app.on('activate', () => void showJournal());
  started = true;
  const file = fileBeforeStart ?? fileToOpen(process.argv, process.cwd());
  fileBeforeStart = undefined;
  if (file) await openFile(file);
  else if (!startedHidden(process.argv)) await showJournal();
  // After the journal window, so the start is not slowed: then the tray and the shortcut show it at once.
  await quickNote.prepare();
}

/** File → Import…: main asks for the file, then the journal window shows the preview. */
async function chooseImportFromMenu(importer: ImportService): Promise<void> {
  const win = await showJournal();
  const choice = await dialog.showOpenDialog(win, {
    title: mt('dialog.importTitle'),
    properties: ['openFile'],
    filters: importFilters(),
  });
  const path = choice.filePaths[0];
  if (choice.canceled || !path) return;
  win.webContents.send(EVENT_CHANNELS.importPreview, await importer.previewPath(path));
}

/** File → Export: main asks where and writes; a failure is shown, success needs no extra word. */
async function exportFromMenu(format: ExportFormat, journal: JournalHost, restorer: RestoreService): Promise<void> {
  const win = await showJournal();
  try {
    await restorer.whenIdle();
    await exportWithDialog(format, journal.doc, win);
  } catch (error) {
    dialog.showErrorBox(mt('dialog.exportFailed'), error instanceof Error ? error.message : String(error));
  }
}

// macOS keeps the app in the Dock; elsewhere the tray keeps it, unless the user turned that off.
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin' && !staysInTray()) app.quit();
});

app.on('before-quit', () => {
  quitting = true;
  quickNote.release();
});

/** Nothing writes any more: the next start paints this copy while it reads the journal (issue 10). */
async function keepFirstPaint(journal: JournalHost): Promise<void> {
  if (journal.readOnly) return;
  try {
    await journal.store.whenFlushed();
    await writeFirstPaint(dataDir, journal.doc);
  } catch (error) {
    console.warn('Rapport: the first paint for the next start was not kept', error);
  }
}

// Quitting waits for the store: pending edits are fsync'd and the lock released before the process ends.
let closing = false;
app.on('will-quit', (event) => {
  if (closing || !host) return;
  event.preventDefault();
  closing = true;
  followUps?.stop();
  reminders?.stop();
  shortcut?.destroy();
  tray?.destroy();
  sync?.destroy();
  imports?.destroy();
  const journal = host;
  trashSweeper?.stop();
  // A device setting just changed (e.g. "Don't show again" ticked a moment before Quit) is written first.
  const settingsWritten = deviceSettings?.whenWritten() ?? Promise.resolve();
  const syncStopped = devicesSync?.stop() ?? Promise.resolve();
  const finish = Promise.all([backups?.stop() ?? Promise.resolve(), settingsWritten, syncStopped])
    .then(() => keepFirstPaint(journal))
    .then(() => journal.close());
  host = undefined;
  finish
    .catch((error: unknown) => console.error('Rapport: closing the journal failed', error))
    .finally(() => app.exit(0));
});
