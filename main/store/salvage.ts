// Reading damaged store files for everything good in them: the records before the damage, the whole
// records after it (found by scanning for the next record whose checksum matches), and a snapshot's state.
import * as Y from 'yjs';
import { joinChunks, MAGIC, nextValidRecord, readRecords, type ReadResult, type StopReason } from './record-log';

const isUpdate = (bytes: Uint8Array): boolean => {
  try {
    Y.decodeUpdate(bytes);
    return true;
  } catch {
    return false;
  }
};

/** Like readRecords, but a payload Yjs cannot decode also counts as a corrupt record. */
export function readValidRecords(bytes: Uint8Array): ReadResult & { total: number } {
  const result = readRecords(bytes);
  let offset = MAGIC.length;
  for (let i = 0; i < result.records.length; i += 1) {
    const record = result.records[i]!;
    if (!isUpdate(record)) {
      const stop = { kind: 'corrupt-record' as const, offset, message: 'a record that is not a valid Yjs update' };
      return { records: result.records.slice(0, i), goodLength: offset, stop, total: result.records.length + 1 };
    }
    offset += 8 + record.length;
  }
  return { ...result, total: result.records.length + (result.stop ? 1 : 0) };
}

export interface SalvagedLog {
  /** The records before the first damage: what a plain read gives. */
  prefix: Uint8Array[];
  /** Whole, valid records found after damaged bytes. */
  after: Uint8Array[];
  /** The first problem; undefined for a healthy file. */
  stop: StopReason | undefined;
  /** Byte length of the valid prefix. */
  goodLength: number;
  /** Damaged stretches skipped over ([from, to) byte offsets). */
  skipped: Array<[number, number]>;
}

/**
 * Reads a log for every good record. A torn tail ends the reading (nothing follows a torn write); any other
 * damage is skipped over: reading resumes at the next record whose checksum matches and Yjs can decode.
 */
export function salvageLog(bytes: Uint8Array): SalvagedLog {
  const first = readValidRecords(bytes);
  const result: SalvagedLog = {
    prefix: first.records,
    after: [],
    stop: first.stop,
    goodLength: first.goodLength,
    skipped: [],
  };
  let stop = first.stop;
  // Checksumming every candidate in a large foreign or garbled file could take minutes; stop well before.
  const budget = { bytes: 16 * bytes.length + 16 * 1024 * 1024 };
  let base = 0; // where the bytes being read start in the file
  let from = first.stop ? Math.max(first.stop.offset, 0) : bytes.length;
  while (stop && stop.kind !== 'torn-tail') {
    let at = nextValidRecord(bytes, from + 1, budget);
    while (
      at >= 0 &&
      !isUpdate(
        bytes.subarray(at + 8, at + 8 + new DataView(bytes.buffer, bytes.byteOffset + at, 4).getUint32(0, true)),
      )
    )
      at = nextValidRecord(bytes, at + 1, budget);
    if (at < 0) {
      result.skipped.push([from, bytes.length]);
      break;
    }
    result.skipped.push([from, at]);
    // Read on from `at` as if it were the start of a log: the magic, then the rest of the file.
    const rest = new Uint8Array(MAGIC.length + bytes.length - at);
    rest.set(MAGIC, 0);
    rest.set(bytes.subarray(at), MAGIC.length);
    base = at - MAGIC.length;
    const next = readValidRecords(rest);
    result.after.push(...next.records);
    stop = next.stop;
    from = stop ? base + stop.offset : bytes.length;
  }
  return result;
}

/**
 * A snapshot's state: its records joined into one Yjs update (see encodeSnapshot). Undefined, with why, when
 * the file is damaged, empty, or the joined state is not a valid update. `decode: false` leaves the last
 * check to the caller, who applies the state and treats a throw as damage (see loadState's `apply`).
 */
export function readSnapshotState(
  bytes: Uint8Array,
  { decode }: { decode: boolean } = { decode: true },
): { state: Uint8Array | undefined; offset: number; why: string } {
  const read = readRecords(bytes);
  if (read.stop) return { state: undefined, offset: read.stop.offset, why: read.stop.message };
  if (read.records.length === 0) return { state: undefined, offset: 0, why: 'no records' };
  const state = joinChunks(read.records);
  if (decode && !isUpdate(state))
    return { state: undefined, offset: MAGIC.length, why: 'its content is not a valid Yjs update' };
  return { state, offset: 0, why: '' };
}
