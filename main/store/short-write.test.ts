import { afterEach, describe, expect, it } from 'vitest';
import type { FileHandle } from 'node:fs/promises';
import { type JournalFileStore } from './file-store';
import { cleanTempDirs, keys, openDoc, tempDir } from './store-test-helpers';

afterEach(cleanTempDirs);

/** The store's open log handle, to make the disk misbehave the way a full disk does. */
function logHandle(store: JournalFileStore): FileHandle {
  return (store as unknown as { log: FileHandle }).log;
}

/** From now on each write puts only half its bytes on disk, then the disk is full. */
function fillDisk(handle: FileHandle): { free: () => void } {
  const original = handle.write.bind(handle) as (...args: unknown[]) => Promise<{ bytesWritten: number }>;
  let full = true;
  let wroteHalf = false;
  (handle as unknown as { write: unknown }).write = async (buffer: Uint8Array, offset = 0, length?: number) => {
    const len = length ?? buffer.length - offset;
    if (!full) return original(buffer, offset, len);
    if (!wroteHalf && len > 1) {
      wroteHalf = true;
      return original(buffer, offset, Math.floor(len / 2));
    }
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  };
  return { free: () => (full = false) };
}

describe('JournalFileStore on a full disk', () => {
  it('never acknowledges a short write, keeps the edit pending and saves it once space returns', async () => {
    const dir = tempDir();
    const a = await openDoc(dir, { retryDelayMs: 10 });
    a.doc.getMap('m').set('k0', 0);
    await a.store.whenFlushed();
    const disk = fillDisk(logHandle(a.store));
    a.doc.getMap('m').set('k1', 1);
    await expect(a.store.whenFlushed()).rejects.toThrow(/ENOSPC|not written/);
    disk.free();
    // The pending edit is retried with back-off and lands without anyone editing again.
    await expect
      .poll(
        async () =>
          a.store.whenFlushed().then(
            () => 'saved',
            () => 'pending',
          ),
        { timeout: 5000 },
      )
      .toBe('saved');
    a.doc.getMap('m').set('k2', 2);
    await a.store.whenFlushed();
    await a.store.destroy();
    const b = await openDoc(dir);
    expect(keys(b.doc)).toEqual(['k0', 'k1', 'k2']);
    // No torn half record was left in the log for the next open to cut off.
    expect(b.store.reports).toEqual([]);
    await b.store.destroy();
  });

  it('tells its error listeners when a write fails', async () => {
    const dir = tempDir();
    const a = await openDoc(dir, { retryDelayMs: 10_000 });
    const errors: string[] = [];
    a.store.onError((error) => errors.push(error.message));
    fillDisk(logHandle(a.store));
    a.doc.getMap('m').set('k0', 0);
    await expect(a.store.whenFlushed()).rejects.toThrow();
    expect(errors.length).toBeGreaterThan(0);
    await a.store.destroy().catch(() => undefined);
  });
});
