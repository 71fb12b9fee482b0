// Pins how the framing reader classifies damage: a torn tail may be cut off silently, anything that
// could hide good records after it must be reported as corrupt so the file is kept aside.
import { describe, expect, it } from 'vitest';
import { encodeRecord, encodeSnapshot, joinChunks, MAGIC, MAX_RECORD, readRecords } from './record-log';

const payloads = [1, 2, 3, 4].map((n) => new Uint8Array(10 + n).fill(n));
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
};
const log = (): Uint8Array => concat(MAGIC, ...payloads.map(encodeRecord));
/** Byte offset of record i in log(). */
const offsetOf = (i: number): number => MAGIC.length + payloads.slice(0, i).reduce((n, p) => n + 8 + p.length, 0);
const flip = (bytes: Uint8Array, at: number): void => void (bytes[at] = (bytes[at] ?? 0) ^ 0x01);
const setLength = (bytes: Uint8Array, at: number, length: number): void =>
  new DataView(bytes.buffer).setUint32(at, length, true);

describe('readRecords', () => {
  it('reads an intact log completely', () => {
    const result = readRecords(log());
    expect(result.stop).toBeUndefined();
    expect(result.records).toEqual(payloads);
    expect(result.goodLength).toBe(log().length);
  });

  it('calls a record cut short at the end a torn tail', () => {
    const bytes = log().subarray(0, offsetOf(3) + 8 + 5);
    expect(readRecords(bytes)).toMatchObject({
      goodLength: offsetOf(3),
      stop: { kind: 'torn-tail', offset: offsetOf(3) },
    });
  });

  it('calls a middle record whose length runs past the end corrupt when good records follow it', () => {
    const bytes = log();
    setLength(bytes, offsetOf(1), bytes.length); // a damaged length field, not a torn write
    const result = readRecords(bytes);
    expect(result.records).toEqual(payloads.slice(0, 1));
    expect(result.stop).toMatchObject({ kind: 'corrupt-record', offset: offsetOf(1) });
  });

  it('calls a run of zero bytes at the end a torn tail (file extended before its data was written)', () => {
    const bytes = concat(log(), new Uint8Array(4096));
    expect(readRecords(bytes)).toMatchObject({
      records: payloads,
      goodLength: log().length,
      stop: { kind: 'torn-tail' },
    });
  });

  it('treats a zero length followed by other bytes as corrupt, never as an empty record', () => {
    const bytes = concat(log(), new Uint8Array(8), encodeRecord(new Uint8Array([7, 7])));
    expect(readRecords(bytes)).toMatchObject({
      records: payloads,
      stop: { kind: 'corrupt-record', offset: log().length },
    });
  });

  it('treats an impossible length as torn only when nothing follows the record header', () => {
    const header = new Uint8Array(8);
    setLength(header, 0, MAX_RECORD + 1);
    expect(readRecords(concat(log(), header)).stop).toMatchObject({ kind: 'torn-tail', offset: log().length });
    expect(readRecords(concat(log(), header, new Uint8Array([1, 2, 3]))).stop).toMatchObject({
      kind: 'corrupt-record',
      offset: log().length,
    });
  });

  it('calls a checksum failure torn only for the final record', () => {
    const last = log();
    flip(last, last.length - 1);
    expect(readRecords(last)).toMatchObject({
      records: payloads.slice(0, 3),
      stop: { kind: 'torn-tail', offset: offsetOf(3) },
    });
    const middle = log();
    flip(middle, offsetOf(2) + 8);
    expect(readRecords(middle)).toMatchObject({
      records: payloads.slice(0, 2),
      stop: { kind: 'corrupt-record', offset: offsetOf(2) },
    });
  });
});

describe('encodeSnapshot', () => {
  it('keeps a state up to the largest record in one record, so opening reads it without copying (issue 10)', () => {
    const state = new Uint8Array(40 * 1024 * 1024).fill(7); // larger than the 32 MB chunks snapshots once used
    const file = encodeSnapshot(state);
    const { records, stop } = readRecords(file);
    expect(stop).toBeUndefined();
    expect(records).toHaveLength(1);
    const joined = joinChunks(records);
    // The state is a view of the file's bytes, not a copy.
    expect(joined.buffer).toBe(file.buffer);
    expect(joined.length).toBe(state.length);
    expect(MAX_RECORD).toBeGreaterThan(state.length);
  });
});
