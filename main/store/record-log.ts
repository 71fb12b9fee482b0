// The on-disk framing shared by journal.log and journal.snapshot:
//   8-byte magic "RPLOG\0\x01\n", then records [u32 LE length][u32 LE CRC32 of payload][payload].
// Reading never throws: it returns the good records and, if any, where and why reading stopped.
import { crc32 } from './crc32';

export const MAGIC = new Uint8Array([0x52, 0x50, 0x4c, 0x4f, 0x47, 0x00, 0x01, 0x0a]);
export const RECORD_HEADER = 8;
/** A length above this is garbage, not a record: detected as damage without allocating it. */
export const MAX_RECORD = 64 * 1024 * 1024;

export function encodeRecord(payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(RECORD_HEADER + payload.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, payload.length, true);
  view.setUint32(4, crc32(payload), true);
  out.set(payload, RECORD_HEADER);
  return out;
}

export type StopReason =
  | { kind: 'bad-header'; offset: 0; message: string }
  | { kind: 'torn-tail'; offset: number; message: string }
  | { kind: 'corrupt-record'; offset: number; message: string };

export interface ReadResult {
  records: Uint8Array[];
  /** Byte length of the valid prefix (magic + good records). */
  goodLength: number;
  stop: StopReason | undefined;
}

export function hasMagic(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.every((b, i) => bytes[i] === b);
}

const allZero = (bytes: Uint8Array, from: number): boolean => bytes.subarray(from).every((b) => b === 0);

/**
 * Where the first complete record with a matching checksum starts at or after `from`, or -1 (recovery scans
 * on with it). `budget.bytes` caps how much is checksummed, so a large foreign file cannot stall opening.
 */
export function nextValidRecord(bytes: Uint8Array, from: number, budget = { bytes: Infinity }): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = from; at + RECORD_HEADER < bytes.length; at += 1) {
    const length = view.getUint32(at, true);
    const end = at + RECORD_HEADER + length;
    if (length === 0 || length > MAX_RECORD || end > bytes.length) continue;
    budget.bytes -= length;
    if (budget.bytes < 0) return -1;
    if (crc32(bytes.subarray(at + RECORD_HEADER, end)) === view.getUint32(at + 4, true)) return at;
  }
  return -1;
}

const validRecordFrom = (bytes: Uint8Array, from: number): boolean => nextValidRecord(bytes, from) >= 0;

export function readRecords(bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return { records: [], goodLength: 0, stop: undefined };
  if (!hasMagic(bytes)) {
    // A file shorter than the magic that matches so far is a torn creation, not a foreign file.
    const torn = bytes.length < MAGIC.length && MAGIC.subarray(0, bytes.length).every((b, i) => bytes[i] === b);
    return torn
      ? { records: [], goodLength: 0, stop: { kind: 'torn-tail', offset: 0, message: 'the file header was cut short' } }
      : {
          records: [],
          goodLength: 0,
          stop: { kind: 'bad-header', offset: 0, message: 'the file does not start with the Rapport signature' },
        };
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const records: Uint8Array[] = [];
  let offset = MAGIC.length;
  while (offset < bytes.length) {
    const remaining = bytes.length - offset;
    if (remaining < RECORD_HEADER) {
      return {
        records,
        goodLength: offset,
        stop: { kind: 'torn-tail', offset, message: `an incomplete record header (${remaining} bytes)` },
      };
    }
    const length = view.getUint32(offset, true);
    const checksum = view.getUint32(offset + 4, true);
    if (length === 0 || length > MAX_RECORD) {
      // The store never writes an empty record (a Yjs update has at least 2 bytes). Zeros to EOF are a file
      // extended before its data reached the disk, and a bad final header has nothing after it: both torn.
      const torn = remaining === RECORD_HEADER || allZero(bytes, offset);
      return {
        records,
        goodLength: offset,
        stop: {
          kind: torn ? 'torn-tail' : 'corrupt-record',
          offset,
          message: `an impossible record length (${length} bytes)`,
        },
      };
    }
    const end = offset + RECORD_HEADER + length;
    if (end > bytes.length) {
      // Usually a write cut short. But if a whole valid record follows, it is this length field that is
      // damaged, and cutting the file here would silently drop good records: corrupt, so the file is kept aside.
      const kind = validRecordFrom(bytes, offset + 1) ? 'corrupt-record' : 'torn-tail';
      return {
        records,
        goodLength: offset,
        stop: {
          kind,
          offset,
          message: `a record cut short (${length} bytes announced, ${remaining - RECORD_HEADER} present)`,
        },
      };
    }
    const payload = bytes.subarray(offset + RECORD_HEADER, end);
    if (crc32(payload) !== checksum) {
      // The last record ending exactly at EOF with a bad checksum is a torn write; anywhere else it is damage.
      const kind = end === bytes.length ? 'torn-tail' : 'corrupt-record';
      return { records, goodLength: offset, stop: { kind, offset, message: 'a record whose checksum does not match' } };
    }
    records.push(payload);
    offset = end;
  }
  return { records, goodLength: offset, stop: undefined };
}

/**
 * A snapshot's state is split into records of at most this size, so a journal of any size can be written and
 * read. As large as a record may be: a state that fits one record opens without being copied (issue 10: at L,
 * 37 MB, joining two 32 MB chunks cost a copy and the collector's time). Older snapshots of several chunks
 * read the same way.
 */
export const SNAPSHOT_CHUNK = MAX_RECORD;

/**
 * A snapshot file: the magic, then the state as one or more records whose payloads, joined, are one Yjs
 * update. (Snapshots before chunking held exactly one record, which reads the same way.)
 */
export function encodeSnapshot(state: Uint8Array, chunk = SNAPSHOT_CHUNK): Uint8Array {
  const records: Uint8Array[] = [];
  for (let at = 0; at < state.length || records.length === 0; at += chunk) {
    records.push(encodeRecord(state.subarray(at, Math.min(at + chunk, state.length))));
  }
  const out = new Uint8Array(MAGIC.length + records.reduce((n, r) => n + r.length, 0));
  out.set(MAGIC, 0);
  let offset = MAGIC.length;
  for (const record of records) {
    out.set(record, offset);
    offset += record.length;
  }
  return out;
}

/** Joins a snapshot's records back into its one state (no copy when there is a single record). */
export function joinChunks(records: readonly Uint8Array[]): Uint8Array {
  if (records.length === 1) return records[0]!;
  const out = new Uint8Array(records.reduce((n, r) => n + r.length, 0));
  let offset = 0;
  for (const record of records) {
    out.set(record, offset);
    offset += record.length;
  }
  return out;
}
