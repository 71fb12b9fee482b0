// Content with good checksums that Yjs cannot apply: open finds it by applying (not by decoding first),
// discards the half-applied document, and takes the same damage path as a failed checksum.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { encodeRecord, encodeSnapshot, MAGIC } from './record-log';
import { loadState } from './load';
import { cleanTempDirs, keys, openDoc, tempDir, writeEdits } from './store-test-helpers';

afterEach(cleanTempDirs);

/** An update whose structs are whole but whose delete set is cut off: applying it integrates, then throws. */
function halfUpdate(key: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('m').set(key, 1);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update.subarray(0, update.length - 1);
}

describe('content that Yjs cannot apply', () => {
  it('is a corrupt record in the log: the half-applied document is discarded and the edits around it kept', async () => {
    const dir = tempDir();
    const a = await openDoc(dir);
    await writeEdits(a.doc, a.store, 0, 3);
    await a.store.destroy();
    const log = join(dir, 'journal.log');
    const offset = readFileSync(log).length;
    const edit = new Y.Doc();
    edit.getMap('m').set('k3', 3);
    const after = Y.encodeStateAsUpdate(edit);
    const damaged = new Uint8Array([
      ...readFileSync(log),
      ...encodeRecord(halfUpdate('poison')),
      ...encodeRecord(after),
    ]);
    writeFileSync(log, damaged);
    expect(() => Y.applyUpdate(new Y.Doc(), halfUpdate('x'))).toThrow();
    const found = await loadState(dir, { repair: false });

    const b = await openDoc(dir);
    expect(keys(b.doc)).toEqual(['k0', 'k1', 'k2', 'k3']);
    expect(b.doc.getMap('m').has('poison')).toBe(false);
    const [report] = b.store.reports;
    expect(report).toMatchObject({ kind: 'corrupt-record', offset });
    expect(report?.message).toContain('a record that is not a valid Yjs update');
    expect(report?.message.startsWith(found.reports[0]!.message)).toBe(true); // plus where it is kept
    expect(readFileSync(report!.keptAs!)).toEqual(Buffer.from(damaged));
    expect(b.store.reports.map((r) => r.kind)).toEqual(found.reports.map((r) => r.kind));
    await b.store.destroy();
  });

  it('is a damaged snapshot: open falls back to the previous one with its log', async () => {
    const dir = tempDir();
    const a = await openDoc(dir);
    await writeEdits(a.doc, a.store, 0, 2);
    await a.store.compact();
    await writeEdits(a.doc, a.store, 2, 4);
    await a.store.compact(); // journal.snapshot.prev holds k0, k1; journal.log.prev k2, k3
    await a.store.destroy();
    writeFileSync(join(dir, 'journal.snapshot'), encodeSnapshot(halfUpdate('poison')));

    const b = await openDoc(dir);
    expect(b.store.reports.map((r) => r.kind)).toEqual(['corrupt-snapshot', 'recovered', 'identity-lost']);
    expect(b.store.reports[0]?.message).toContain(
      `journal.snapshot is damaged at byte ${MAGIC.length} (its content is not a valid Yjs update).`,
    );
    expect(keys(b.doc)).toEqual(['k0', 'k1', 'k2', 'k3']);
    expect(b.doc.getMap('m').has('poison')).toBe(false);
    expect(readdirSync(dir).some((f) => f.startsWith('journal.snapshot.damaged-'))).toBe(true);
    await b.store.destroy();
  });

  it('leaves an undamaged journal as it was read: reports empty, nothing rewritten', async () => {
    const dir = tempDir();
    const a = await openDoc(dir);
    await writeEdits(a.doc, a.store, 0, 3);
    await a.store.compact();
    await writeEdits(a.doc, a.store, 3, 5);
    await a.store.destroy();
    const before = readFileSync(join(dir, 'journal.log'));
    const b = await openDoc(dir, { readOnly: true });
    expect(b.store.reports).toEqual([]);
    expect(keys(b.doc)).toEqual(['k0', 'k1', 'k2', 'k3', 'k4']);
    expect(readFileSync(join(dir, 'journal.log'))).toEqual(before);
    await b.store.destroy();
  });
});
