// Reading a damaged log for every good record, before and after the damage.
import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import { encodeRecord, MAGIC } from './record-log';
import { salvageLog } from './salvage';

/** A log of n updates, each from its own client so none depends on another. */
function log(n: number): { bytes: Uint8Array; starts: number[] } {
  const parts: Uint8Array[] = [MAGIC];
  const starts: number[] = [];
  let offset = MAGIC.length;
  for (let i = 0; i < n; i += 1) {
    const doc = new Y.Doc();
    doc.getMap('m').set(`k${i}`, i);
    const record = encodeRecord(Y.encodeStateAsUpdate(doc));
    starts.push(offset);
    offset += record.length;
    parts.push(record);
  }
  return { bytes: Buffer.concat(parts), starts };
}

describe('salvageLog', () => {
  it('finds the whole records after a zeroed stretch and after a flipped bit', () => {
    const { bytes, starts } = log(10);
    const damaged = bytes.slice();
    damaged.fill(0, starts[3]! + 2, starts[4]! + 3); // records 3 and 4
    damaged[starts[7]! + 12] = damaged[starts[7]! + 12]! ^ 0x10; // record 7
    const result = salvageLog(damaged);
    expect(result.prefix).toHaveLength(3);
    expect(result.stop?.kind).toBe('corrupt-record');
    expect(result.after).toHaveLength(4); // 5, 6, 8, 9
    expect(result.skipped).toHaveLength(2);
  });

  it('stops at a torn tail: nothing follows an unfinished write', () => {
    const { bytes, starts } = log(5);
    const result = salvageLog(bytes.slice(0, starts[4]! + 5));
    expect(result).toMatchObject({ stop: { kind: 'torn-tail' }, after: [] });
    expect(result.prefix).toHaveLength(4);
  });

  it('reads the records of a log whose header is damaged', () => {
    const { bytes } = log(4);
    const damaged = bytes.slice();
    damaged[1] = 0;
    const result = salvageLog(damaged);
    expect(result.stop?.kind).toBe('bad-header');
    expect(result.after).toHaveLength(4);
  });

  it('gives up on a large foreign file within a bounded time', () => {
    const started = Date.now();
    const result = salvageLog(new Uint8Array(randomBytes(1024 * 1024)));
    expect(result.prefix.length + result.after.length).toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
