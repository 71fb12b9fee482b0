// Opens the journal for this window: a Y.Doc painted at once from the IndexedDB cache, then kept in
// step with main (desktop) — or, in the browser build, owned by this browser alone.
import * as Y from 'yjs';
import { migrate, readMeta } from '@shared/schema';
import type { FirstPaint, JournalInfo, RapportApi } from '@shared/ipc/contract';
import { desktopApi } from '../platform/rapport-api';
import { MainSyncProvider } from './main-sync-provider';
import { ReplicaCache } from './replica-cache';
import { SaveStatus } from './save-status';

export interface JournalSession {
  mode: 'desktop' | 'browser';
  doc: Y.Doc;
  status: SaveStatus;
  info: JournalInfo | undefined;
  api: RapportApi | undefined;
  /**
   * A first paint (issue 10): a copy of the journal as Rapport last closed it, shown while the journal opens.
   * Nothing can be changed in it (the window is inert); the real session replaces it.
   */
  preview?: boolean;
  /** The replica cache's database (the search worker reads the journal from it instead of being sent it). */
  cacheName?: string;
  /** Resolves when every edit made so far is durable (fsync'd by main, or stored by IndexedDB). */
  whenSaved(): Promise<void>;
  destroy(): void;
}

export const BROWSER_DB_NAME = 'rapport-browser-journal';

/** The cache of one journal, one epoch: a window never paints another journal's or a restored-over state. */
export function cacheName(info: Pick<JournalInfo, 'journalId' | 'epoch'>): string {
  return `rapport-${info.journalId}-e${info.epoch}`;
}

/** `known`: the journal and epoch the first paint named, so the cache starts loading before main answers. */
export async function openJournalSession(known?: Pick<JournalInfo, 'journalId' | 'epoch'>): Promise<JournalSession> {
  const api = desktopApi();
  return api ? openDesktop(api, known) : openBrowser();
}

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The first paint as a session of its own: painted once, read-only, dropped when the journal is open. */
export async function firstPaintSession(first: FirstPaint): Promise<JournalSession> {
  const doc = new Y.Doc();
  Y.applyUpdateV2(doc, await gunzip(first.gzippedUpdateV2));
  return {
    mode: 'desktop',
    doc,
    status: new SaveStatus('opening'),
    info: undefined,
    // No calls to main from the copy: what a view would ask (an import waiting, say) is asked by the real one.
    api: undefined,
    preview: true,
    whenSaved: () => Promise.resolve(),
    destroy: () => doc.destroy(),
  };
}

function isEmpty(doc: Y.Doc): boolean {
  return Y.encodeStateVector(doc).length <= 1;
}

async function openDesktop(api: RapportApi, known?: Pick<JournalInfo, 'journalId' | 'epoch'>): Promise<JournalSession> {
  const doc = new Y.Doc();
  // With a first paint, the cache loads while main still reads the journal (main answers journalInfo after).
  const early = known ? new ReplicaCache(cacheName(known), doc) : undefined;
  const info = await api.journalInfo();
  if (early && (info.journalId !== known?.journalId || info.epoch !== known.epoch)) {
    // The journal changed since the first paint was made (a restore, another journal): start over on it.
    await early.destroy();
    doc.destroy();
    return openDesktop(api);
  }
  void dropOlderCaches(info);
  const cache = early ?? new ReplicaCache(cacheName(info), doc);
  let replacing = false;
  // A backup was restored (main says so, or refuses our epoch): this replica and its cache hold the state
  // that was replaced. Never merge them into the restored journal — drop both and reopen on the new epoch.
  const reopen = (): void => {
    if (replacing) return;
    replacing = true;
    stopReplaced();
    main.destroy();
    void cache
      .destroy()
      .then(() => deleteDatabase(cacheName(info)))
      .finally(() => window.location.reload());
  };
  // Main is asked for what this replica lacks once the cache is in: warm, that is only the latest edits.
  const main = new MainSyncProvider(doc, api, info.epoch, reopen, cache.whenSynced);
  const stopReplaced = api.onJournalReplaced(reopen);
  // Paint from whichever answers first: the local cache (warm) or main (cold). After a first paint, an
  // empty cache is not painted over the copy: the window waits for main's answer then.
  await Promise.race([cache.whenSynced, main.whenSynced]);
  if (known && isEmpty(doc)) await main.whenSynced;
  return {
    mode: 'desktop',
    doc,
    status: main.status,
    info,
    api,
    cacheName: cache.name,
    whenSaved: () => main.whenSaved(),
    destroy() {
      stopReplaced();
      main.destroy();
      void cache.destroy();
      doc.destroy();
    },
  };
}

/** Resolves once the database is gone — or after a second, if another window still holds it open. */
function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    const timer = setTimeout(resolve, 1000);
    const done = (): void => {
      clearTimeout(timer);
      resolve();
    };
    request.onsuccess = done;
    request.onerror = done;
  });
}

/** Caches of this journal's earlier epochs (left behind if a window closed mid-restore) are removed. */
async function dropOlderCaches(info: Pick<JournalInfo, 'journalId' | 'epoch'>): Promise<void> {
  const prefix = `rapport-${info.journalId}-e`;
  const databases = await indexedDB.databases().catch(() => []);
  for (const { name } of databases) {
    if (!name?.startsWith(prefix)) continue;
    const epoch = Number(name.slice(prefix.length));
    if (Number.isInteger(epoch) && epoch < info.epoch) await deleteDatabase(name);
  }
}

async function openBrowser(): Promise<JournalSession> {
  const doc = new Y.Doc();
  const cache = new ReplicaCache(BROWSER_DB_NAME, doc);
  await cache.whenSynced;
  // In the browser build this window owns the document, so it runs the migrations.
  migrate(doc);
  const status = new SaveStatus('browser');
  return {
    mode: 'browser',
    doc,
    status,
    cacheName: BROWSER_DB_NAME,
    info: undefined,
    api: undefined,
    // The cache writes each update in its own IndexedDB transaction as it happens.
    whenSaved: () => Promise.resolve(),
    destroy() {
      void cache.destroy();
      doc.destroy();
    },
  };
}

export function journalIdOf(session: JournalSession): string | undefined {
  return readMeta(session.doc).journalId;
}
