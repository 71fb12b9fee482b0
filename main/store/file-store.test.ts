import { afterEach, describe, expect, it, vi } from 'vitest';
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';
import { MAGIC, readRecords } from './record-log';
import { cleanTempDirs, keys, openDoc, tempDir, writeEdits } from './store-test-helpers';
import { crc32 } from './crc32';
import { JournalFileStore } from './file-store';
import { LOCK_FILE } from './lock';

afterEach(cleanTempDirs);

describe('crc32', () => {
  it('matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe('JournalFileStore', () => {
  it('persists edits across close and reopen', async () => {
    const dir = tempDir();
    const a = await openDoc(dir);
    await writeEdits(a.doc, a.store, 0, 20);
    a.doc.getText('t').insert(0, 'hej');
    await a.store.destroy();
    const b = await openDoc(dir);
    expect(keys(b.doc)).toHaveLength(20);
    expect(b.doc.getText('t').toString()).toBe('hej');
    expect(b.store.reports).toEqual([]);
    await b.store.destroy();
  });

  it('has every update on disk once whenFlushed resolves', async () => {
    const dir = tempDir();
    const { doc, store } = await openDoc(dir, { flushDelayMs: 1000 });
    doc.getMap('m').set('x', 1);
    await store.whenFlushed();
    const bytes = new Uint8Array(readFileSync(join(dir, 'journal.log')));
    const { records, stop } = readRecords(bytes);
    expect(stop).toBeUndefined();
    expect(records).toHaveLength(1);
    await store.destroy();
  });

  it('compacts into a snapshot, shrinking the log, and keeps everything', async () => {
    const dir = tempDir();
    const a = await openDoc(dir, { compactAfterBytes: 1024 * 1024 });
    await writeEdits(a.doc, a.store, 0, 300);
    const before = a.store.logSize();
    await a.store.compact();
    expect(a.store.logSize()).toBe(MAGIC.length);
    expect(before).toBeGreaterThan(MAGIC.length);
    await writeEdits(a.doc, a.store, 300, 310);
    await a.store.destroy();
    expect(existsSync(join(dir, 'journal.snapshot'))).toBe(true);
    const b = await openDoc(dir);
    expect(keys(b.doc)).toHaveLength(310);
    await b.store.destroy();
  });

  it('compacts automatically past the threshold', async () => {
    const dir = tempDir();
    const a = await openDoc(dir, { compactAfterBytes: 2048 });
    for (let i = 0; i < 200; i += 1) await writeEdits(a.doc, a.store, i, i + 1);
    expect(a.store.logSize()).toBeLessThan(2048 + 200);
    expect(existsSync(join(dir, 'journal.snapshot'))).toBe(true);
    await a.store.destroy();
    const b = await openDoc(dir);
    expect(keys(b.doc)).toHaveLength(200);
    await b.store.destroy();
  });

  it('cuts off a torn tail and reports it', async () => {
    const dir = tempDir();
    const a = await openDoc(dir);
    for (let i = 0; i < 5; i += 1) await writeEdits(a.doc, a.store, i, i + 1);
    await a.store.destroy();
    const log = join(dir, 'journal.log');
    const good = statSync(log).size;
    appendFileSync(log, new Uint8Array([200, 0, 0, 0, 1, 2, 3, 4, 9, 9])); // header says 200 bytes; 2 present
    const b = await openDoc(dir);
    expect(keys(b.doc)).toEqual(['k0', 'k1', 'k2', 'k3', 'k4']);
    expect(b.store.reports.map((r) => r.kind)).toEqual(['torn-tail']);
    expect(b.store.reports[0]?.message).toContain(`byte ${good}`);
    expect(statSync(log).size).toBe(good);
    await b.store.destroy();
  });

  it('asks mayWrite before cutting a torn tail: refused, it opens read-only and leaves every byte', async () => {
    const dir = tempDir();
    const a = await openDoc(dir);
    await writeEdits(a.doc, a.store, 0, 3);
    await a.store.destroy();
    const log = join(dir, 'journal.log');
    appendFileSync(log, new Uint8Array([200, 0, 0, 0, 1, 2]));
    const before = readFileSync(log);
    const seen: string[][] = [];
    const refused = await JournalFileStore.open(dir, { mayWrite: (doc) => (seen.push(keys(doc)), false) });
    expect(seen).toEqual([['k0', 'k1', 'k2']]);
    expect(refused.refusedWrite).toBe(true);
    expect(keys(refused.doc)).toEqual(['k0', 'k1', 'k2']);
    expect(refused.reports.map((r) => r.kind)).toEqual(['torn-tail']);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    refused.doc.getMap('m').set('later', 1);
    await refused.whenFlushed();
    await refused.destroy();
    expect(readFileSync(log)).toEqual(before);
    // Accepted, the tail is cut as without mayWrite.
    const accepted = await JournalFileStore.open(dir, { mayWrite: () => true });
    expect(accepted.refusedWrite).toBe(false);
    expect(keys(accepted.doc)).toEqual(['k0', 'k1', 'k2']);
    expect(statSync(log).size).toBe(before.length - 6);
    await accepted.destroy();
    accepted.doc.destroy();
  });

  it('recovers around a corrupt record in the middle, keeps the damaged file aside and writes the recovered state', async () => {
    const dir = tempDir();
    const a = await openDoc(dir);
    for (let i = 0; i < 6; i += 1) await writeEdits(a.doc, a.store, i, i + 1);
    await a.store.destroy();
    const log = join(dir, 'journal.log');
    const original = new Uint8Array(readFileSync(log));
    const { records } = readRecords(original);
    let offset = MAGIC.length;
    for (let i = 0; i < 3; i += 1) offset += 8 + records[i]!.length; // start of record 3
    const damaged = original.slice();
    damaged[offset + 8 + 2] = damaged[offset + 8 + 2]! ^ 0xff; // flip a payload byte of record 3
    writeFileSync(log, damaged);

    const b = await openDoc(dir);
    expect(keys(b.doc)).toEqual(['k0', 'k1', 'k2']);
    const [report] = b.store.reports;
    expect(report?.kind).toBe('corrupt-record');
    expect(report?.offset).toBe(offset);
    expect(readFileSync(report!.keptAs!)).toEqual(Buffer.from(damaged));
    expect(b.store.reports[1]?.kind).toBe('recovered');
    expect(statSync(log).size).toBe(MAGIC.length); // the recovered state is in the snapshot now
    await b.store.destroy();
    const c = await openDoc(dir);
    expect(c.store.reports).toEqual([]);
    await c.store.destroy();
  });

  it('keeps the file aside when a damaged length field makes a middle record run past the end', async () => {
    const dir = tempDir();
    const a = await openDoc(dir);
    for (let i = 0; i < 6; i += 1) await writeEdits(a.doc, a.store, i, i + 1);
    await a.store.destroy();
    const log = join(dir, 'journal.log');
    const damaged = new Uint8Array(readFileSync(log));
    const { records } = readRecords(damaged);
    const offset = MAGIC.length + 8 + records[0]!.length + 8 + records[1]!.length; // start of record 2
    new DataView(damaged.buffer).setUint32(offset, damaged.length, true); // k2..k5 are intact but unreachable
    writeFileSync(log, damaged);

    const b = await openDoc(dir);
    expect(keys(b.doc)).toEqual(['k0', 'k1']);
    expect(b.store.reports).toMatchObject([
      { kind: 'corrupt-record', offset },
      { kind: 'recovered' },
      { kind: 'identity-lost' }, // these test documents have no meta
    ]);
    expect(readFileSync(b.store.reports[0]!.keptAs!)).toEqual(Buffer.from(damaged));
    expect(b.store.reports[1]?.message).toContain('wait for an earlier one'); // k3..k5 need the lost k2
    expect(statSync(log).size).toBe(MAGIC.length);
    await b.store.destroy();
  });

  it('reports a damaged snapshot, keeps it aside and falls back to the previous one with its log', async () => {
    const dir = tempDir();
    const a = await openDoc(dir);
    await writeEdits(a.doc, a.store, 0, 5);
    await a.store.compact();
    await writeEdits(a.doc, a.store, 5, 8);
    await a.store.compact(); // journal.snapshot.prev holds k0..k4, journal.log.prev k5..k7
    await writeEdits(a.doc, a.store, 8, 9); // in the live log
    await a.store.destroy();
    const snapshot = join(dir, 'journal.snapshot');
    const bytes = new Uint8Array(readFileSync(snapshot));
    bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 0xff;
    writeFileSync(snapshot, bytes);
    const b = await openDoc(dir);
    expect(b.store.reports.map((r) => r.kind)).toEqual(['corrupt-snapshot', 'recovered', 'identity-lost']);
    // Nothing acknowledged is lost: the edits between the two compactions come back from journal.log.prev.
    expect(keys(b.doc)).toEqual(['k0', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8']);
    expect(readdirSync(dir).some((f) => f.startsWith('journal.snapshot.damaged-'))).toBe(true);
    await b.store.destroy();
  });

  it('reports a log that is not ours and keeps it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'journal.log'), 'hello, not a log');
    const a = await openDoc(dir);
    expect(a.store.reports.map((r) => r.kind)).toEqual(['bad-header', 'recovered', 'identity-lost']);
    expect(readFileSync(a.store.reports[0]!.keptAs!, 'utf8')).toBe('hello, not a log');
    await writeEdits(a.doc, a.store, 0, 1);
    await a.store.destroy();
    const b = await openDoc(dir);
    expect(keys(b.doc)).toEqual(['k0']);
    await b.store.destroy();
  });

  it('ignores its own replayed updates (no write amplification on open)', async () => {
    const dir = tempDir();
    const a = await openDoc(dir);
    await writeEdits(a.doc, a.store, 0, 10);
    await a.store.destroy();
    const size = statSync(join(dir, 'journal.log')).size;
    const b = await openDoc(dir);
    await b.store.whenFlushed();
    expect(statSync(join(dir, 'journal.log')).size).toBe(size);
    await b.store.destroy();
  });

  it('destroy saves what is pending, stops listening, releases the lock, and is idempotent', async () => {
    const dir = tempDir();
    const updateListeners = (doc: Y.Doc): number =>
      (doc as unknown as { _observers: Map<string, Set<unknown>> })._observers.get('update')?.size ?? 0;
    const bare = updateListeners(new Y.Doc());
    const a = await openDoc(dir, { flushDelayMs: 60_000 });
    expect(updateListeners(a.doc)).toBe(bare + 1);
    a.doc.getMap('m').set('k0', 0); // still waiting for its flush timer
    await a.store.destroy();
    await a.store.destroy();
    expect(updateListeners(a.doc)).toBe(bare);
    a.doc.getMap('m').set('after', 1);
    expect(existsSync(join(dir, 'journal.lock'))).toBe(false);
    const b = await openDoc(dir);
    expect(keys(b.doc)).toEqual(['k0']);
    await b.store.destroy();
  });
});

describe('JournalFileStore when compaction fails', () => {
  // A folder squatting on the snapshot's temp name makes every snapshot write fail with EISDIR.
  const blockSnapshots = (dir: string): void => mkdirSync(join(dir, 'journal.snapshot.tmp'));

  it('rejects an explicit compact() but keeps saving later edits', async () => {
    const dir = tempDir();
    const a = await openDoc(dir);
    await writeEdits(a.doc, a.store, 0, 3);
    blockSnapshots(dir);
    await expect(a.store.compact()).rejects.toMatchObject({ code: 'EISDIR' });
    await writeEdits(a.doc, a.store, 3, 6);
    const { records, stop } = readRecords(new Uint8Array(readFileSync(join(dir, 'journal.log'))));
    expect(stop).toBeUndefined();
    expect(records).toHaveLength(6);
    await a.store.destroy();
    const b = await openDoc(dir);
    expect(keys(b.doc)).toEqual(['k0', 'k1', 'k2', 'k3', 'k4', 'k5']);
    await b.store.destroy();
  });

  it('reports a failed automatic compaction once, keeps the log, and retries only after more growth', async () => {
    const dir = tempDir();
    blockSnapshots(dir);
    const a = await openDoc(dir, { compactAfterBytes: 1024 });
    const errors: Error[] = [];
    a.store.onError((error) => errors.push(error));
    let i = 0;
    while (a.store.logSize() <= 1024) await writeEdits(a.doc, a.store, i, ++i);
    await writeEdits(a.doc, a.store, i, ++i); // runs after the queued compaction attempt
    expect(errors.map((e) => (e as NodeJS.ErrnoException).code)).toEqual(['EISDIR']);
    for (let n = 0; n < 5; n += 1) await writeEdits(a.doc, a.store, i, ++i);
    expect(errors).toHaveLength(1);
    expect(existsSync(join(dir, 'journal.snapshot'))).toBe(false);
    await a.store.destroy();
    const b = await openDoc(dir);
    expect(keys(b.doc)).toHaveLength(i);
    await b.store.destroy();
  });
});

describe('JournalFileStore batching', () => {
  it('writes updates that queue up while a write is pending with one write and one fsync', async () => {
    const dir = tempDir();
    const { doc, store } = await openDoc(dir, { flushDelayMs: 1000 });
    const probe = await open(join(dir, 'journal.log'), 'r');
    const sync = vi.spyOn(Object.getPrototypeOf(probe) as FileHandle, 'sync');
    await probe.close();
    try {
      // Like IPC: every incoming update is followed by whenFlushed(), without waiting for the previous one.
      const acks: Promise<void>[] = [];
      for (let n = 0; n < 20; n += 1) {
        doc.getMap('m').set(`k${n}`, n);
        acks.push(store.whenFlushed());
      }
      await Promise.all(acks);
      expect(sync).toHaveBeenCalledTimes(1);
      expect(readRecords(new Uint8Array(readFileSync(join(dir, 'journal.log')))).records).toHaveLength(20);
    } finally {
      sync.mockRestore();
      await store.destroy();
    }
  });
});
