import { afterEach, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import * as Y from 'yjs';
import { JournalFileStore } from './file-store';
import { StoreLockedError } from './lock';
import { readStoreState, verifyStore } from './verify';
import { cleanTempDirs, openDoc, tempDir, writeEdits } from './store-test-helpers';

afterEach(cleanTempDirs);

describe('the journal lock', () => {
  it('refuses a second writer with a clear error naming the process', async () => {
    const dir = tempDir();
    const first = await openDoc(dir);
    const error = await JournalFileStore.open(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreLockedError);
    expect((error as StoreLockedError).pid).toBe(process.pid);
    expect((error as Error).message).toContain(`pid ${process.pid}`);
    await first.store.destroy();
    const second = await openDoc(dir);
    await second.store.destroy();
  });

  it('takes over a lock left by a process that has died', async () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, ['-e', ''], { stdio: 'ignore' }).pid!;
    writeFileSync(join(dir, 'journal.lock'), JSON.stringify({ pid: dead, hostname: hostname(), startedAt: 'x' }));
    const { store } = await openDoc(dir);
    expect(JSON.parse(readFileSync(join(dir, 'journal.lock'), 'utf8')).pid).toBe(process.pid);
    await store.destroy();
  });

  it('lets read-only access in while locked, and readStoreState sees the data', async () => {
    const dir = tempDir();
    const writer = await openDoc(dir);
    await writeEdits(writer.doc, writer.store, 0, 3);
    const reader = await openDoc(dir, { readOnly: true });
    expect([...reader.doc.getMap('m').keys()]).toHaveLength(3);
    await reader.store.destroy();
    const { update } = await readStoreState(dir);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, update);
    expect(copy.getMap('m').get('k2')).toBe(2);
    await writer.store.destroy();
  });
});

describe('verifyStore', () => {
  it('reports damage exactly and writes nothing', async () => {
    const dir = tempDir();
    const a = await openDoc(dir);
    for (let i = 0; i < 4; i += 1) await writeEdits(a.doc, a.store, i, i + 1);
    await a.store.destroy();
    expect((await verifyStore(dir)).ok).toBe(true);
    const log = join(dir, 'journal.log');
    const bytes = new Uint8Array(readFileSync(log));
    bytes[20] = bytes[20]! ^ 0xff;
    writeFileSync(log, bytes);
    const before = readdirSync(dir).sort();
    const result = await verifyStore(dir);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ kind: 'corrupt-record', offset: 8 });
    expect(result.problems[0]?.keptAs).toBeUndefined();
    expect(result.log.goodRecords).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(new Uint8Array(readFileSync(log))).toEqual(bytes);
  });
});

describe('crash safety', () => {
  it('keeps every acknowledged edit when the writer is killed with SIGKILL', async () => {
    const dir = tempDir();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'test-fixtures', 'crash-writer.ts'), dir],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let acked = -1;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`crash writer too slow (acked ${acked}) ${stderr}`)), 12_000);
      createInterface({ input: child.stdout }).on('line', (line) => {
        const n = Number(line.split(' ')[1]);
        if (Number.isInteger(n)) acked = n;
        if (acked >= 200 && !child.killed) {
          child.kill('SIGKILL');
          clearTimeout(timer);
          resolve();
        }
      });
      child.on('exit', (code) => {
        if (acked < 200) reject(new Error(`crash writer exited early (${code}): ${stderr}`));
      });
    });
    await new Promise((resolve) => child.once('close', resolve));
    const { doc, store } = await openDoc(dir);
    const acks = doc.getMap<number>('acks');
    for (let i = 0; i <= acked; i += 1) expect(acks.get(String(i))).toBe(i);
    expect(store.reports.every((r) => r.kind === 'torn-tail')).toBe(true);
    await store.destroy();
  }, 20_000);
});
