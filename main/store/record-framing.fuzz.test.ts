// Hostile-input campaign for the on-disk framing: a real log and a real chunked snapshot, damaged (bit flips,
// truncation, inserted, zeroed and repeated bytes). Reading never throws, never allocates what a length
// field claims, keeps exactly the good prefix, and only ever hands on state that Yjs can apply.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { practiceJournal } from '@shared/export/test-journal';
import { createContact, logInteraction } from '@shared/schema';
import { at } from '@shared/schema/test-support';
import { campaign, campaignAsync, mutated } from '@shared/fuzz/mutations';
import { encodeRecord, encodeSnapshot, MAGIC, MAX_RECORD, readRecords } from './record-log';
import { loadState, readSnapshotState, readValidRecords } from './load';
import { cleanTempDirs, tempDir } from './store-test-helpers';

/** journal.log as the store writes it: the magic, then one record per update. */
function realLog(): { log: Uint8Array; state: Uint8Array } {
  const { doc } = practiceJournal();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  for (let i = 0; i < 6; i += 1) {
    const id = createContact(doc, { name: `Person ${i}`, company: 'Lumen' }, at('2026-11-10'));
    logInteraction(
      doc,
      { contactIds: [id], kind: 'coffee', date: '2026-11-11', summary: `Met ${i}` },
      at('2026-11-11'),
    );
  }
  const parts = [MAGIC, ...updates.map(encodeRecord)];
  const log = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((offset, p) => (log.set(p, offset), offset + p.length), 0);
  return { log, state: Y.encodeStateAsUpdate(doc) };
}

const { log, state } = realLog();
/** Small chunks so a snapshot of a small journal has several records, as a large one does. */
const snapshot = encodeSnapshot(state, 512);

function appliesCleanly(update: Uint8Array): void {
  expect(() => Y.applyUpdate(new Y.Doc(), update)).not.toThrow();
}

describe('record framing campaign', () => {
  afterAll(cleanTempDirs);

  it('a damaged log reads back as exactly its good prefix, never more', () => {
    campaign(
      fc.oneof(mutated(log), fc.uint8Array({ maxLength: 64 })),
      (bytes) => {
        const read = readRecords(bytes);
        expect(read.goodLength).toBeLessThanOrEqual(bytes.length);
        expect(read.stop === undefined).toBe(read.goodLength === bytes.length);
        // Re-framing the records gives back the file's good prefix byte for byte.
        if (read.records.length > 0) {
          const again = [MAGIC, ...read.records.map(encodeRecord)];
          const joined = Uint8Array.from(again.flatMap((p) => [...p]));
          expect(joined).toEqual(bytes.subarray(0, read.goodLength));
        }
        const valid = readValidRecords(bytes);
        expect(valid.records.length).toBeLessThanOrEqual(read.records.length);
        for (const record of valid.records) expect(() => Y.decodeUpdate(record)).not.toThrow();
      },
      200,
      1000,
    );
  });

  it('a damaged snapshot gives a state Yjs can apply, or none with the reason', () => {
    campaign(
      mutated(snapshot),
      (bytes) => {
        const read = readSnapshotState(bytes);
        if (read.state) appliesCleanly(read.state);
        else expect(read.why).not.toBe('');
      },
      300,
      2000,
    );
  });

  it('a length field claiming up to 4 GB is damage, found without reading or allocating it', () => {
    for (const length of [MAX_RECORD + 1, 0xffffffff, 0x7fffffff]) {
      const bytes = log.slice();
      new DataView(bytes.buffer).setUint32(MAGIC.length, length, true);
      const started = performance.now();
      const read = readRecords(bytes);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(read.records).toHaveLength(0);
      expect(read.stop?.kind).toBe('corrupt-record');
      expect(readSnapshotState(bytes).state).toBeUndefined();
    }
  });

  it('reading a damaged journal folder without repair never throws and never touches the files', async () => {
    const dir = tempDir();
    const files = { snapshot: join(dir, 'journal.snapshot'), log: join(dir, 'journal.log') };
    await campaignAsync(
      fc.tuple(mutated(snapshot), mutated(log)),
      async ([snap, journalLog]) => {
        writeFileSync(files.snapshot, snap);
        writeFileSync(files.log, journalLog);
        const loaded = await loadState(dir, { repair: false });
        const doc = new Y.Doc();
        for (const update of loaded.updates) Y.applyUpdate(doc, update);
        expect(new Uint8Array(readFileSync(files.snapshot))).toEqual(snap);
        expect(new Uint8Array(readFileSync(files.log))).toEqual(journalLog);
      },
      25,
      1000,
    );
  });
});
