// The implementations behind the IPC contract. Each is small; the work lives in the feature modules.
import { app, BrowserWindow, shell } from 'electron';
import type { InvokeHandlers } from './register';
import type { JournalHost } from '../journal/journal-host';
import type { WindowSyncHub } from './window-sync';

export interface HandlerDeps {
  host: JournalHost;
  sync: WindowSyncHub;
  dataDir: string;
  openQuickNote: () => Promise<unknown>;
}

export function createHandlers({ host, sync, dataDir, openQuickNote }: HandlerDeps): InvokeHandlers {
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
  };
}
