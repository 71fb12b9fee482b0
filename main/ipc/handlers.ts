// The implementations behind the IPC contract. Each is small; the work lives in the feature modules.
import { app, BrowserWindow, dialog, shell } from 'electron';
import type { ImportService } from '../import/import-service';
import type { InvokeHandlers } from './register';
import type { JournalHost } from '../journal/journal-host';
import type { WindowSyncHub } from './window-sync';

export interface HandlerDeps {
  host: JournalHost;
  sync: WindowSyncHub;
  dataDir: string;
  openQuickNote: () => Promise<unknown>;
  imports: ImportService;
}

export const IMPORT_FILTERS = [
  { name: 'Contacts and journals', extensions: ['csv', 'vcf', 'json', 'rapport'] },
  { name: 'LinkedIn Connections.csv', extensions: ['csv'] },
  { name: 'vCard', extensions: ['vcf'] },
];

export function createHandlers({ host, sync, dataDir, openQuickNote, imports }: HandlerDeps): InvokeHandlers {
  return {
    journalInfo: () => ({
      ...host.identity,
      dataDir,
      appVersion: app.getVersion(),
      locale: app.getLocale(),
      notices: host.reports.map((r) => ({ kind: r.kind, message: r.message })),
    }),
    docMessage: async ({ sender }, message) => {
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
      const options = { title: 'Import into Rapport', properties: ['openFile' as const], filters: IMPORT_FILTERS };
      const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      const path = choice.filePaths[0];
      return choice.canceled || !path ? null : imports.previewPath(path);
    },
    previewImport: (_ctx, fileName, bytes) => imports.preview(fileName, bytes),
    commitImport: async (_ctx, id) => {
      const outcome = await imports.commit(id);
      await host.store.whenFlushed();
      return outcome;
    },
    cancelImport: (_ctx, id) => imports.cancel(id),
    undoImport: async () => {
      const undone = imports.undoLast();
      await host.store.whenFlushed();
      return undone;
    },
  };
}
