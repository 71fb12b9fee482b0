// Read-only access for the CLI: check integrity (`rapport verify`) and load the state while the app
// holds the lock. Nothing here writes.
import * as Y from 'yjs';
import { loadIntoDoc, loadState, type StoreReport } from './load';
import { checkReserves } from './reserves';

export interface VerifyResult {
  ok: boolean;
  snapshot: { present: boolean; bytes: number; ok: boolean };
  log: { bytes: number; records: number; goodRecords: number };
  problems: StoreReport[];
  /** Damage in the reserve copies (.prev, journal.log.prev, backups): worth knowing, not in the live journal. */
  reserves: string[];
}

export async function verifyStore(dir: string): Promise<VerifyResult> {
  const loaded = await loadState(dir, { repair: false });
  return {
    ok: loaded.reports.length === 0,
    snapshot: loaded.snapshot,
    log: loaded.log,
    problems: loaded.reports,
    reserves: await checkReserves(dir),
  };
}

export async function readStoreState(dir: string): Promise<{ update: Uint8Array; reports: StoreReport[] }> {
  const { doc, reports } = await loadIntoDoc(dir, { repair: false });
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { update, reports };
}
