// A restore cut short at each of its durable steps (issue 9, crash campaign): the journal then opens as
// either the old state or the restored one — never a mix, never damaged. The steps are the renames through
// durable-io's seam; a "power cut" at rename n means nothing from rename n on reached the disk.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { disk } from '../store/durable-io';
import { verifyStore } from '../store/verify';
import { cleanTempDirs, openDoc, tempDir, writeEdits } from '../store/store-test-helpers';
import { replaceStoreContents } from './restore-files';

const realRename = disk.rename;
afterEach(() => {
  disk.rename = realRename;
  cleanTempDirs();
});

const keysOf = (doc: Y.Doc): string[] => [...doc.getMap('m').keys()].sort();

function restoredState(): Uint8Array {
  const doc = new Y.Doc();
  for (const key of ['r0', 'r1', 'r2']) doc.getMap('m').set(key, key);
  return Y.encodeStateAsUpdate(doc);
}

/** Renames succeed until the `cut`-th, which "loses power": it and everything after never happen. */
function cutPowerAtRename(cut: number): () => boolean {
  let renames = 0;
  let cutHappened = false;
  disk.rename = async (from, to) => {
    renames += 1;
    if (renames === cut) {
      cutHappened = true;
      throw new Error(`power cut before rename ${cut}`);
    }
    return realRename(from, to);
  };
  return () => cutHappened;
}

describe('a restore cut short at every durable step', () => {
  it('leaves the old journal or the restored one, whole, and once restored never goes back', async () => {
    const old = ['k0', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7'];
    const restored = ['r0', 'r1', 'r2'];
    const outcomes: string[] = [];
    for (let cut = 1; ; cut += 1) {
      const dir = tempDir();
      const a = await openDoc(dir);
      await writeEdits(a.doc, a.store, 0, 5);
      await a.store.compact(); // a snapshot and .prev files exist: every step of the restore has something to replace
      await writeEdits(a.doc, a.store, 5, 8);
      const wasCut = cutPowerAtRename(cut);
      await replaceStoreContents(a.store, restoredState()).catch(() => undefined);
      disk.rename = realRename;
      await a.store.destroy();
      const b = await openDoc(dir);
      const keys = keysOf(b.doc);
      expect(b.store.reports).toEqual([]);
      await b.store.destroy();
      expect((await verifyStore(dir)).ok).toBe(true);
      if (!wasCut()) {
        expect(keys).toEqual(restored); // the whole restore ran: this was the last step
        break;
      }
      expect([old, restored]).toContainEqual(keys);
      outcomes.push(keys[0] === 'r0' ? 'restored' : 'old');
    }
    // Compaction (4 renames) and the restore (4) each get cut; the journal turns over exactly once.
    expect(outcomes.length).toBeGreaterThanOrEqual(7);
    expect(outcomes.indexOf('restored')).toBeGreaterThan(0);
    expect(outcomes.slice(outcomes.indexOf('restored')).every((o) => o === 'restored')).toBe(true);
  });
});
