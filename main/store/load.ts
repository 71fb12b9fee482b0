// Reads snapshot + log into a list of updates, detecting damage. A torn log tail (a crash mid-write) is cut
// off with `repair`. Any other damage goes to ./recovery, which merges every good source; with `repair`
// each damaged file is first copied aside (never overwritten) and the recovered state is written back.
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';
import { encodeSnapshot, MAGIC, readRecords } from './record-log';
import { keepAside, replaceFile } from './durable-io';
import { readSnapshotState, salvageLog, type SalvagedLog } from './salvage';
import { recover, type RecoveryResult } from './recovery';

export { readSnapshotState, readValidRecords } from './salvage';

export interface StoreReport {
  kind: 'torn-tail' | 'corrupt-record' | 'corrupt-snapshot' | 'bad-header' | 'recovered' | 'identity-lost';
  file: string;
  offset: number;
  message: string;
  keptAs?: string;
}

export interface LoadedState {
  updates: Uint8Array[];
  reports: StoreReport[];
  snapshot: { present: boolean; bytes: number; ok: boolean };
  log: { bytes: number; records: number; goodRecords: number };
  /** Set when damage was found: what was (or, read-only, would be) recovered, and from where. */
  recovery?: Pick<RecoveryResult, 'identity' | 'sources' | 'waiting'>;
}

const SNAPSHOT = 'journal.snapshot';
const LOG = 'journal.log';

async function readOptional(path: string): Promise<Uint8Array | undefined> {
  try {
    // A view of the file's bytes, not a copy: at L a copy is another 37 MB for the collector to reckon with
    // while the journal is being applied. (A read this large never comes from Node's shared buffer pool.)
    const bytes = await readFile(path);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

const recordCount = (log: SalvagedLog): number => log.prefix.length + (log.stop ? 1 : 0);

/** A damaged log's report (not yet saying where it is kept). */
function logReport(path: string, name: string, log: SalvagedLog): StoreReport | undefined {
  const stop = log.stop;
  if (!stop) return undefined;
  const where = `${name} at byte ${stop.offset}`;
  if (stop.kind === 'torn-tail')
    return {
      kind: 'torn-tail',
      file: path,
      offset: stop.offset,
      message: `An unfinished write at the end of ${where} (${stop.message}) was found; everything before it is intact.`,
    };
  const after = log.after.length > 0 ? ` ${log.after.length} whole edits after the damage were found too.` : '';
  return {
    kind: stop.kind,
    file: path,
    offset: stop.offset,
    message: `${where}: ${stop.message}. Edits up to that point are intact.${after}`,
  };
}

export interface LoadOptions {
  repair: boolean;
  /**
   * Applies the updates of an undamaged journal (checksums and framing whole) without decoding them first:
   * applying is the check. If it throws, the content is damaged despite its checksums; the caller must then
   * discard the document it applied into (a failed apply may have integrated part of an update), and the
   * journal is read again with every record decoded, as without `apply`, for the damage path's reports and
   * repair. The updates returned are then still to be applied; `applied` says which case it was.
   */
  apply?: (updates: readonly Uint8Array[]) => void;
}

export async function loadState(
  dir: string,
  { repair, apply }: LoadOptions,
): Promise<LoadedState & { applied: boolean }> {
  const paths = { snapshot: join(dir, SNAPSHOT), log: join(dir, LOG) };
  const snapshotBytes = await readOptional(paths.snapshot);
  const logBytes = (await readOptional(paths.log)) ?? new Uint8Array();
  const info = (log: SalvagedLog): { snapshot: LoadedState['snapshot']; log: LoadedState['log'] } => ({
    snapshot: { present: !!snapshotBytes, bytes: snapshotBytes?.length ?? 0, ok: true },
    log: { bytes: logBytes.length, records: recordCount(log), goodRecords: log.prefix.length },
  });

  if (apply) {
    // The usual case, decoded once: by the apply itself.
    const snapshotRead = snapshotBytes ? readSnapshotState(snapshotBytes, { decode: false }) : undefined;
    const read = readRecords(logBytes);
    const log = { prefix: read.records, after: [], stop: read.stop, goodLength: read.goodLength, skipped: [] };
    if ((!snapshotRead || snapshotRead.state) && (!log.stop || log.stop.kind === 'torn-tail')) {
      const updates = snapshotRead?.state ? [snapshotRead.state, ...log.prefix] : log.prefix;
      const applied = (() => {
        try {
          apply(updates);
          return true;
        } catch {
          return false;
        }
      })();
      if (applied) {
        const { snapshot, log: logInfo } = info(log);
        const reports = await cutTornTail(paths.log, log, repair);
        return { updates, reports, snapshot, log: logInfo, applied: true };
      }
    }
  }

  const snapshotRead = snapshotBytes ? readSnapshotState(snapshotBytes) : undefined;
  const log = salvageLog(logBytes);
  const { snapshot: snapshotInfo, log: logInfo } = info(log);
  snapshotInfo.ok = !snapshotRead || !!snapshotRead.state;
  const logDamaged = !!log.stop && log.stop.kind !== 'torn-tail';

  if (snapshotInfo.ok && !logDamaged) {
    const reports = await cutTornTail(paths.log, log, repair);
    const base = snapshotRead?.state ? [snapshotRead.state] : [];
    return { updates: [...base, ...log.prefix], reports, snapshot: snapshotInfo, log: logInfo, applied: false };
  }
  const recovered = await recoverDamaged(dir, { repair, snapshotBytes, snapshotRead, log, snapshotInfo, logInfo });
  return { ...recovered, applied: false };
}

/**
 * The journal in `dir`, read into a new Y.Doc. Applying is the check that the content is Yjs: if it throws,
 * the half-applied document is discarded and the damage path (reports, repair, recovery) reads the journal
 * again into a fresh one. The document is the caller's to destroy. With `repair` and `mayWrite`, nothing is written
 * unless `mayWrite` accepts the journal read as it is (`refused` says it did not; the files are then untouched).
 */
export async function loadIntoDoc(
  dir: string,
  { repair, origin, mayWrite }: { repair: boolean; origin?: unknown; mayWrite?: (doc: Y.Doc) => boolean },
): Promise<LoadedState & { doc: Y.Doc; refused: boolean }> {
  if (!repair || !mayWrite) return { ...(await loadOnce(dir, { repair, origin })), refused: false };
  // Asked before anything is written: read without repairing, look, and only then repair (and read again) if
  // there was something to repair. An undamaged journal — the usual case — is read once.
  const look = await loadOnce(dir, { repair: false, origin });
  if (!mayWrite(look.doc)) return { ...look, refused: true };
  if (look.reports.length === 0) return { ...look, refused: false };
  look.doc.destroy();
  return { ...(await loadOnce(dir, { repair, origin })), refused: false };
}

async function loadOnce(
  dir: string,
  { repair, origin }: { repair: boolean; origin?: unknown },
): Promise<LoadedState & { doc: Y.Doc }> {
  let doc = new Y.Doc();
  const applyAll = (updates: readonly Uint8Array[]): void =>
    doc.transact(() => {
      for (const update of updates) Y.applyUpdate(doc, update, origin);
    }, origin);
  try {
    const loaded = await loadState(dir, {
      repair,
      apply: (updates) => {
        try {
          applyAll(updates);
        } catch (error) {
          doc.destroy();
          doc = new Y.Doc();
          throw error;
        }
      },
    });
    if (!loaded.applied) applyAll(loaded.updates);
    const { applied: _applied, ...state } = loaded;
    return { ...state, doc };
  } catch (error) {
    doc.destroy();
    throw error;
  }
}

/** An unfinished write at the log's end: reported, and with `repair` cut off. */
async function cutTornTail(path: string, log: SalvagedLog, repair: boolean): Promise<StoreReport[]> {
  const torn = logReport(path, LOG, log);
  if (!torn) return [];
  if (repair) {
    const handle = await open(path, 'r+');
    await handle.truncate(log.goodLength);
    await handle.sync();
    await handle.close();
  }
  return [{ ...torn, message: torn.message.replace('was found', repair ? 'was cut off' : 'was found') }];
}

interface Damage {
  repair: boolean;
  snapshotBytes: Uint8Array | undefined;
  snapshotRead: ReturnType<typeof readSnapshotState> | undefined;
  log: SalvagedLog;
  snapshotInfo: LoadedState['snapshot'];
  logInfo: LoadedState['log'];
}

async function recoverDamaged(dir: string, damage: Damage): Promise<LoadedState> {
  const { repair, snapshotBytes, snapshotRead, log } = damage;
  const path = (name: string): string => join(dir, name);
  const reports: StoreReport[] = [];
  const damagedSnapshots: Uint8Array[] = [];
  let base: { state: Uint8Array; from: string } | undefined;
  const logs: Array<{ name: string; log: SalvagedLog }> = [];
  if (snapshotBytes && snapshotRead && !snapshotRead.state) {
    damagedSnapshots.push(snapshotBytes);
    const why = `${SNAPSHOT} is damaged at byte ${snapshotRead.offset} (${snapshotRead.why}).`;
    reports.push({ kind: 'corrupt-snapshot', file: path(SNAPSHOT), offset: snapshotRead.offset, message: why });
    // One step back: the previous snapshot and the log written after it.
    const prevBytes = await readOptional(path(`${SNAPSHOT}.prev`));
    const prev = prevBytes ? readSnapshotState(prevBytes) : undefined;
    if (prevBytes && prev?.state) base = { state: prev.state, from: `${SNAPSHOT}.prev` };
    else if (prevBytes && prev) {
      damagedSnapshots.push(prevBytes);
      const message = `${SNAPSHOT}.prev is damaged too, at byte ${prev.offset} (${prev.why}).`;
      reports.push({ kind: 'corrupt-snapshot', file: path(`${SNAPSHOT}.prev`), offset: prev.offset, message });
    }
    const prevLogBytes = await readOptional(path(`${LOG}.prev`));
    if (prevLogBytes) {
      const prevLog = salvageLog(prevLogBytes);
      logs.push({ name: `${LOG}.prev`, log: prevLog });
      const report =
        prevLog.stop?.kind === 'torn-tail' ? undefined : logReport(path(`${LOG}.prev`), `${LOG}.prev`, prevLog);
      if (report) reports.push(report);
    }
  } else if (snapshotRead?.state) {
    base = { state: snapshotRead.state, from: SNAPSHOT };
  }
  logs.push({ name: LOG, log });
  const logReportNow = logReport(path(LOG), LOG, log);
  if (logReportNow) reports.push(logReportNow);

  // Every damaged file is copied aside before anything is written; the copies are on disk first.
  if (repair) {
    // (A torn log tail too: the log is rewritten here, not just cut.)
    for (const report of reports) {
      report.keptAs = await keepAside(report.file, 'damaged');
      report.message += ` The damaged file is kept as ${report.keptAs}.`;
    }
  }
  const result = await recover({ dataDir: dir, base, logs, damagedSnapshots });
  reports.push(recoveredReport(dir, result, repair));
  if (!result.identity)
    reports.push({
      kind: 'identity-lost',
      file: dir,
      offset: 0,
      message:
        'No file still says which journal this is, so it continues under a new identity: a window that was open before starts afresh from what was recovered.',
    });
  if (repair) {
    // The recovered state becomes the snapshot and the log starts empty (a crash in between replays the
    // old log over it, which is harmless). `.prev` and its log are left as they are.
    await replaceFile(path(SNAPSHOT), encodeSnapshot(result.state));
    await replaceFile(path(LOG), MAGIC);
  }
  const { identity, sources, waiting } = result;
  return {
    updates: [result.state],
    reports,
    snapshot: damage.snapshotInfo,
    log: damage.logInfo,
    recovery: { identity, sources, waiting },
  };
}

function recoveredReport(dir: string, result: RecoveryResult, repair: boolean): StoreReport {
  const from = result.sources.length > 0 ? result.sources.join('; ') : 'nothing that could still be read';
  const lead = repair ? 'Rapport recovered your journal from' : 'The journal can be recovered from';
  const waiting = result.waiting
    ? ' Some later edits wait for an earlier one that could not be read; they are kept and join in if it turns up.'
    : '';
  const windows = result.identity
    ? ' If a Rapport window was open on this journal, what its cache holds flows back when it reconnects.'
    : '';
  const how = repair ? '' : ' Open Rapport or run `rapport repair` to do this.';
  const found = result.identity?.from;
  const identity = found && found !== 'the recovered journal' ? ` It keeps its identity, found in ${found}.` : '';
  return {
    kind: 'recovered',
    file: dir,
    offset: 0,
    message: `${lead}: ${from}.${identity}${waiting}${windows}${how}`,
  };
}
