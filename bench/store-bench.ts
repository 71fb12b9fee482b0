// Main's side of opening and writing the journal, in Node (issue 10): the file store's open against a bare
// Y.applyUpdate of the same state, where open's time goes, durable edits (edit → fsync done) and compaction.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { contactsMap, updateContact } from '@shared/schema';
import { JournalFileStore } from '../main/store';
import { readSnapshotState } from '../main/store/load';
import { readRecords } from '../main/store/record-log';
import { percentile } from './stats';

export interface StoreFigures {
  stateBytes: number;
  open: { storeMs: number; applyUpdateMs: number; ratio: number; readFilesMs: number; validateMs: number };
  edit: { p50Ms: number; p95Ms: number; oneByOnePerSecond: number; burstPerSecond: number };
  compaction: { ms: number; snapshotBytes: number; stateBytes: number; ratio: number };
}

const LOG_EDITS = 200;

// Open, apply, validate and compact each start on a collected heap, so one step's garbage (a whole decoded
// journal at L) is not charged to the next. Edits are timed as they come, GC pauses included.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

async function timed<T>(run: () => Promise<T> | T, clean = false): Promise<{ ms: number; value: T }> {
  if (clean) collectGarbage();
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

/** A journal folder as main leaves it: a compacted snapshot of `update`, then a log of small edits. */
async function journalFolder(update: Uint8Array): Promise<{ dir: string; ids: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'rapport-bench-store-'));
  const store = await JournalFileStore.open(dir);
  const doc = store.doc;
  Y.applyUpdate(doc, update);
  await store.compact();
  const ids = [...contactsMap(doc).keys()].slice(0, 50);
  for (let i = 0; i < LOG_EDITS && ids.length > 0; i++) {
    updateContact(doc, ids[i % ids.length] as string, { role: `Role ${i}` });
    await store.whenFlushed();
  }
  await store.destroy();
  return { dir, ids };
}

export async function runStoreBench(update: Uint8Array, runs: number): Promise<StoreFigures> {
  const { dir, ids } = await journalFolder(update);
  try {
    // The reference is the very state the folder holds (snapshot + log), applied in one call.
    const probeStore = await JournalFileStore.open(dir, { readOnly: true });
    const state = Y.encodeStateAsUpdate(probeStore.doc);
    await probeStore.destroy();
    const storeTimes: number[] = [];
    const applyTimes: number[] = [];
    const readTimes: number[] = [];
    const validateTimes: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const opened = await timed(() => JournalFileStore.open(dir), true);
      await opened.value.destroy();
      const applied = await timed(() => Y.applyUpdate(new Y.Doc(), state), true);
      const files = await timed(async () => [
        new Uint8Array(await readFile(join(dir, 'journal.snapshot'))),
        new Uint8Array(await readFile(join(dir, 'journal.log'))),
      ]);
      const [snapshot, log] = files.value as [Uint8Array, Uint8Array];
      // What open checks before applying: framing and CRC-32 (applying is the content check).
      const validated = await timed(() => [readSnapshotState(snapshot, { decode: false }), readRecords(log)], true);
      if (i === 0) continue; // warm-up
      storeTimes.push(opened.ms);
      applyTimes.push(applied.ms);
      readTimes.push(files.ms);
      validateTimes.push(validated.ms);
    }
    const storeMs = percentile(storeTimes, 50);
    const applyUpdateMs = percentile(applyTimes, 50);

    const store = await JournalFileStore.open(dir);
    const doc = store.doc;
    let n = 0;
    const edit = (): void => updateContact(doc, ids[n++ % ids.length] as string, { role: `Role ${n}` });
    const latencies: number[] = [];
    for (let i = 0; i < 210; i++) {
      const one = await timed(async () => {
        edit();
        await store.whenFlushed();
      });
      if (i >= 10) latencies.push(one.ms);
    }
    let count = 0;
    const started = performance.now();
    while (performance.now() - started < 2000) {
      edit();
      await store.whenFlushed();
      count++;
    }
    const oneByOnePerSecond = count / ((performance.now() - started) / 1000);
    const burst = await timed(async () => {
      for (let i = 0; i < 1000; i++) edit();
      await store.whenFlushed();
    });

    const compactTimes: number[] = [];
    for (let i = 0; i <= runs; i++) {
      edit();
      const compacted = await timed(() => store.compact(), true);
      if (i > 0) compactTimes.push(compacted.ms);
    }
    const snapshotBytes = (await stat(join(dir, 'journal.snapshot'))).size;
    const stateNow = Y.encodeStateAsUpdate(doc).length;
    await store.destroy();
    return {
      stateBytes: state.length,
      open: {
        storeMs,
        applyUpdateMs,
        ratio: storeMs / applyUpdateMs,
        readFilesMs: percentile(readTimes, 50),
        validateMs: percentile(validateTimes, 50),
      },
      edit: {
        p50Ms: percentile(latencies, 50),
        p95Ms: percentile(latencies, 95),
        oneByOnePerSecond,
        burstPerSecond: 1000 / (burst.ms / 1000),
      },
      compaction: {
        ms: percentile(compactTimes, 50),
        snapshotBytes,
        stateBytes: stateNow,
        ratio: snapshotBytes / stateNow,
      },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
