// Journals grow for years: a snapshot larger than one record may hold (MAX_RECORD) must still be written by
// compaction and read back whole — not taken for damage, with a fallback that fails the same way.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { encodeSnapshot, MAX_RECORD, readRecords } from './record-log';
import { readSnapshotState } from './load';
import { cleanTempDirs, openDoc, tempDir } from './store-test-helpers';

afterEach(cleanTempDirs);

describe('snapshots of any size', () => {
  it('splits a state into records and joins it back, byte for byte', () => {
    const state = Y.encodeStateAsUpdate(
      (() => {
        const doc = new Y.Doc();
        doc.getText('t').insert(0, 'Sjöström '.repeat(1000));
        return doc;
      })(),
    );
    const file = encodeSnapshot(state, 1000);
    expect(readRecords(file).records.length).toBeGreaterThan(5);
    expect(readSnapshotState(file).state).toEqual(state);
  });

  it('compacts and reopens a journal above MAX_RECORD with nothing reported', async () => {
    const dir = tempDir();
    const a = await openDoc(dir);
    a.doc.getMap('meta').set('journalId', 'the-same-journal');
    const big = 'a reflection of a few hundred words… '.repeat(Math.ceil((MAX_RECORD + 4 * 1024 * 1024) / 38));
    a.doc.getText('body').insert(0, big);
    await a.store.compact();
    expect(readFileSync(join(dir, 'journal.snapshot')).length).toBeGreaterThan(MAX_RECORD);
    await a.store.destroy();
    const b = await openDoc(dir);
    expect(b.store.reports).toEqual([]);
    expect(b.doc.getMap('meta').get('journalId')).toBe('the-same-journal');
    expect(b.doc.getText('body').length).toBe(big.length);
    await b.store.destroy();
  }, 60_000);
});
