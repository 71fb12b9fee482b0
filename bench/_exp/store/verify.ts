// Read-only access for the CLI: check integrity (`rapport verify`) and load the state while the app
// holds the lock. Nothing here writes.
import * as Y from 'yjs';
import { loadState, type StoreReport } from './load';

export interface VerifyResult {
  ok: boolean;
  snapshot: { present: boolean; bytes: number; ok: boolean };
  log: { bytes: number; records: number; goodRecords: number };
  problems: StoreReport[];
}

export async function verifyStore(dir: string): Promise<VerifyResult> {
  const loaded = await loadState(dir, { repair: false });
  return { ok: loaded.reports.length === 0, snapshot: loaded.snapshot, log: loaded.log, problems: loaded.reports };
}

export async function readStoreState(dir: string): Promise<{ update: Uint8Array; reports: StoreReport[] }> {
  const loaded = await loadState(dir, { repair: false });
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const update of loaded.updates) Y.applyUpdate(doc, update);
  });
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { update, reports: loaded.reports };
}
