// Reads snapshot + log into a list of updates, detecting damage. With `repair`, a torn log tail is cut off,
// and a damaged file is copied aside (never silently overwritten) before the live file is rewritten.
import { open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';
import { joinChunks, readRecords, MAGIC, type ReadResult } from './record-log';
import { fsyncFolder, keepAside, replaceFile } from './durable-io';

export interface StoreReport {
  kind: 'torn-tail' | 'corrupt-record' | 'corrupt-snapshot' | 'bad-header';
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
}

/** Like readRecords, but a payload Yjs cannot decode also counts as a corrupt record. */
export function readValidRecords(bytes: Uint8Array): ReadResult & { total: number } {
  const result = readRecords(bytes);
  let offset = MAGIC.length;
  for (let i = 0; i < result.records.length; i += 1) {
    const record = result.records[i]!;
    try {
      if (process.env.EXP_VALIDATE === '1') Y.decodeUpdate(record);
    } catch {
      const stop = { kind: 'corrupt-record' as const, offset, message: 'a record that is not a valid Yjs update' };
      return { records: result.records.slice(0, i), goodLength: offset, stop, total: result.records.length + 1 };
    }
    offset += 8 + record.length;
  }
  return { ...result, total: result.records.length + (result.stop ? 1 : 0) };
}

/**
 * A snapshot's state: its records joined into one Yjs update (see encodeSnapshot). Undefined, with why, when
 * the file is damaged, empty, or the joined state is not a valid update.
 */
export function readSnapshotState(bytes: Uint8Array): { state: Uint8Array | undefined; offset: number; why: string } {
  const read = readRecords(bytes);
  if (read.stop) return { state: undefined, offset: read.stop.offset, why: read.stop.message };
  if (read.records.length === 0) return { state: undefined, offset: 0, why: 'no records' };
  const state = joinChunks(read.records);
  try {
    if (process.env.EXP_VALIDATE === '1') Y.decodeUpdate(state);
  } catch {
    return { state: undefined, offset: MAGIC.length, why: 'its content is not a valid Yjs update' };
  }
  return { state, offset: 0, why: '' };
}

async function readOptional(path: string): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function loadSnapshot(
  dir: string,
  repair: boolean,
  reports: StoreReport[],
): Promise<{ updates: Uint8Array[]; info: LoadedState['snapshot'] }> {
  const path = join(dir, 'journal.snapshot');
  const bytes = await readOptional(path);
  if (!bytes) return { updates: [], info: { present: false, bytes: 0, ok: true } };
  const read = readSnapshotState(bytes);
  if (read.state) return { updates: [read.state], info: { present: true, bytes: bytes.length, ok: true } };
  const keptAs = repair ? await keepAside(path, 'damaged') : undefined;
  reports.push({
    kind: 'corrupt-snapshot',
    file: path,
    offset: read.offset,
    keptAs,
    message: `journal.snapshot is damaged at byte ${read.offset} (${read.why})${keptAs ? `; kept aside as ${keptAs}` : ''}.`,
  });
  const prev = await readOptional(`${path}.prev`);
  const fallback = prev ? readSnapshotState(prev).state : undefined;
  // The log written between .prev and the damaged snapshot: its good records bring those edits back.
  const prevLog = fallback ? await readOptional(join(dir, 'journal.log.prev')) : undefined;
  const updates = fallback ? [fallback, ...(prevLog ? readValidRecords(prevLog).records : [])] : [];
  if (repair) {
    // The damaged copy is safe aside; the live name gets the previous snapshot, or goes until next compaction.
    if (prev && updates.length > 0) await replaceFile(path, prev);
    else {
      await unlink(path);
      await fsyncFolder(dir);
    }
  }
  return { updates, info: { present: true, bytes: bytes.length, ok: false } };
}

export async function loadState(dir: string, { repair }: { repair: boolean }): Promise<LoadedState> {
  const reports: StoreReport[] = [];
  const snapshot = await loadSnapshot(dir, repair, reports);
  const path = join(dir, 'journal.log');
  const bytes = (await readOptional(path)) ?? new Uint8Array();
  const read = readValidRecords(bytes);
  const stop = read.stop;
  if (stop) {
    const where = `journal.log at byte ${stop.offset}`;
    if (stop.kind === 'torn-tail') {
      if (repair) {
        const handle = await open(path, 'r+');
        await handle.truncate(read.goodLength);
        await handle.sync();
        await handle.close();
      }
      reports.push({
        kind: 'torn-tail',
        file: path,
        offset: stop.offset,
        message: `An unfinished write at the end of ${where} (${stop.message}) was ${repair ? 'cut off' : 'found'}; everything before it is intact.`,
      });
    } else {
      const keptAs = repair ? await keepAside(path, 'damaged') : undefined;
      if (repair)
        await replaceFile(
          path,
          bytes.subarray(0, Math.max(read.goodLength, stop.kind === 'bad-header' ? 0 : MAGIC.length)),
        );
      reports.push({
        kind: stop.kind,
        file: path,
        offset: stop.offset,
        keptAs,
        message: `${where}: ${stop.message}. Edits up to that point were kept; later ones could not be read${keptAs ? ` — the damaged file is kept as ${keptAs}` : ''}.`,
      });
    }
  }
  return {
    updates: [...snapshot.updates, ...read.records],
    reports,
    snapshot: snapshot.info,
    log: { bytes: bytes.length, records: read.total, goodRecords: read.records.length },
  };
}
