// Rapport's main process: lifecycle and wiring only (STYLE habit 4). Features live in their folders.
import { app, BrowserWindow, dialog, protocol, session, shell } from 'electron';
import { join } from 'node:path';
import { resolveDataDir } from './app/data-dir';
import { cliArguments, runCliInApp } from './app/cli-mode';
import { JournalHost } from './journal/journal-host';
import { StoreLockedError } from './store';
import { APP_SCHEME, createAppProtocolHandler } from './windows/app-protocol';
import { denyAllPermissions, hardenWebContents, isAppUrl } from './windows/security';
import { openJournalWindow } from './windows/windows';
import { keepSpellcheckerOffline } from './windows/spellcheck';
import { registerInvokeHandlers } from './ipc/register';
import { createHandlers, describeJournal, IMPORT_FILTERS } from './ipc/handlers';
import { WindowSyncHub } from './ipc/window-sync';
import { createTray, type TrayHandle } from './tray/tray';
import { installAppMenu } from './menu/app-menu';
import { setMainLanguage } from './app/main-i18n';
import { resolveLanguage } from '@shared/i18n/language';
import { BackupService } from './backup/backup-service';
import { ImportService } from './import/import-service';
import { RestoreService } from './backup/restore-service';
import { startTrashSweeper, type TrashSweeper } from './journal/trash-sweeper';
import { exportWithDialog } from './export/export-dialog';
import { EVENT_CHANNELS, type ExportFormat } from '@shared/ipc/contract';
import { DEVICE_SETTINGS_FILE, DeviceSettingsStore } from './settings/device-settings';
import { watchFollowUps, type FollowUpWatch } from './tray/follow-up-watch';
import { createTrayNotice } from './tray/tray-notice';
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
let followUps: FollowUpWatch | undefined;
let trayNotice: (() => Promise<void>) | undefined;
/** Set by before-quit: from then on a closing window is part of quitting, not a move to the tray. */
let quitting = false;

/** Windows and Linux, with the setting on: the last window closing leaves Rapport in the tray. */
function staysInTray(): boolean {
  return process.platform !== 'darwin' && (deviceSettings?.get().closeToTray ?? true);
}

/** Shows the journal window, opening it (on `hash`, e.g. a person) when it is not there. */
async function showJournal(hash = ''): Promise<BrowserWindow> {
  if (journalWindow && !journalWindow.isDestroyed()) {
    journalWindow.show();
    journalWindow.focus();
    return journalWindow;
  }
  openingJournal ??= openJournalWindow(hash).then((win) => {
    journalWindow = win;
    win.on('closed', () => {
      journalWindow = undefined;
      if (!quitting && staysInTray()) void trayNotice?.();
      // The hidden quick-note window is still there, so 'window-all-closed' would not come: quit here.
      else if (!quitting && process.platform !== 'darwin') app.quit();
    });
    return win;
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

async function start(): Promise<void> {
  await app.whenReady();
  const settings = await DeviceSettingsStore.open(join(app.getPath('userData'), DEVICE_SETTINGS_FILE));
  if (settings.problem) console.warn(`Rapport settings: ${settings.problem.message}`);
  deviceSettings = settings;
  setMainLanguage(resolveLanguage(settings.get().language, app.getPreferredSystemLanguages()));
  trayNotice = createTrayNotice(settings);
  try {
    host = await JournalHost.open(dataDir);
  } catch (error) {
    const locked = error instanceof StoreLockedError;
    dialog.showErrorBox('Rapport cannot open the journal', error instanceof Error ? error.message : String(error));
    app.exit(locked ? 3 : 1);
    return;
  }
  for (const report of host.reports) console.warn(`Rapport store: ${report.message}`);

  denyAllPermissions();
  keepSpellcheckerOffline(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(join(__dirname, '../renderer')));
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

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
  });
  const currentImports = (): ImportService => importer;
  const quickNoteShortcut = new QuickNoteShortcut(() => void quickNote.show());
  shortcut = quickNoteShortcut;
  quickNoteShortcut.use(settings.get().quickNoteShortcut);
  registerInvokeHandlers(
    createHandlers({
      host: journal,
      sync: hub,
      dataDir,
      openQuickNote: () => quickNote.show(),
      imports: currentImports,
      backups: backupService,
      restorer,
      deviceSettings: settings,
      quickNote,
      shortcut: quickNoteShortcut,
    }),
    (event) => isAppUrl(event.senderFrame?.url ?? '') && BrowserWindow.fromWebContents(event.sender) !== null,
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
  });
  tray = trayHandle;
  quickNoteShortcut.onChange(() => {
    rebuildMenu();
    trayHandle.refresh();
  });
  followUps = watchFollowUps(journal.doc, (items) => trayHandle.showFollowUps(items));
  app.on('second-instance', () => void showJournal());
  app.on('activate', () => void showJournal());
  await showJournal();
  // After the journal window, so the start is not slowed: then the tray and the shortcut show it at once.
  await quickNote.prepare();
}

/** File → Import…: main asks for the file, then the journal window shows the preview. */
async function chooseImportFromMenu(importer: ImportService): Promise<void> {
  const win = await showJournal();
  const choice = await dialog.showOpenDialog(win, {
    title: 'Import into Rapport',
    properties: ['openFile'],
    filters: IMPORT_FILTERS,
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
    dialog.showErrorBox('Rapport could not export the journal', error instanceof Error ? error.message : String(error));
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

// Quitting waits for the store: pending edits are fsync'd and the lock released before the process ends.
let closing = false;
app.on('will-quit', (event) => {
  if (closing || !host) return;
  event.preventDefault();
  closing = true;
  followUps?.stop();
  shortcut?.destroy();
  tray?.destroy();
  sync?.destroy();
  imports?.destroy();
  const journal = host;
  trashSweeper?.stop();
  // A device setting just changed (e.g. "Don't show again" ticked a moment before Quit) is written first.
  const settingsWritten = deviceSettings?.whenWritten() ?? Promise.resolve();
  const finish = Promise.all([backups?.stop() ?? Promise.resolve(), settingsWritten]).then(() => journal.close());
  host = undefined;
  finish
    .catch((error: unknown) => console.error('Rapport: closing the journal failed', error))
    .finally(() => app.exit(0));
});
