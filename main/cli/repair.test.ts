// `rapport verify` and `rapport repair` on a damaged journal, through the real binary (npm run build first).
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { readMeta } from '@shared/schema';
import { readStoreState } from '../store';
import { acquireLock } from '../store/lock';

const bin = join(__dirname, 'bin.cjs');
const fixture = join(__dirname, 'fixtures', 'connections-v1.csv');
const dirs: string[] = [];

function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-repair-'));
  dirs.push(dir);
  return dir;
}

function rapport(...args: string[]): { code: number; out: string; err: string } {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, RAPPORT_DATA_DIR: '' },
  });
  return { code: result.status ?? -1, out: result.stdout, err: result.stderr };
}

const contacts = (dir: string): number =>
  (JSON.parse(rapport('--data-dir', dir, 'stats', '--json').out) as { contacts: number }).contacts;

async function identity(dir: string): Promise<{ journalId: string | undefined }> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await readStoreState(dir)).update);
  return readMeta(doc);
}

beforeAll(() => {
  if (!existsSync(join(__dirname, '..', '..', 'out', 'main', 'cli.js')))
    throw new Error('out/main/cli.js is missing: run `npm run build` first');
});
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('rapport repair', () => {
  it('refuses to rewrite a journal written by a newer Rapport', async () => {
    const dir = temp();
    expect(rapport('--data-dir', dir, 'import', 'linkedin', fixture).code).toBe(0);
    const { JournalFileStore } = await import('../store');
    const store = await JournalFileStore.open(dir);
    const doc = store.doc;
    doc.getMap('meta').set('schemaVersion', 999);
    await store.destroy();
    const log = join(dir, 'journal.log');
    writeFileSync(log, Buffer.concat([readFileSync(log), Buffer.from([9, 9, 9])])); // a torn tail, left as it is
    const before = readFileSync(log);
    const refused = rapport('--data-dir', dir, 'repair');
    expect(refused.code).toBe(3);
    expect(refused.err).toContain('newer version of Rapport');
    expect(readFileSync(log)).toEqual(before);
  });

  it('copies the damaged files first, recovers from the backup, keeps the identity and verifies', async () => {
    const dir = temp();
    expect(rapport('--data-dir', dir, 'import', 'linkedin', fixture).code).toBe(0); // 3 contacts, a backup first
    expect(rapport('--data-dir', dir, 'backup').code).toBe(0);
    const { journalId } = await identity(dir);
    // The whole log is zeroed: only the backup still holds the journal.
    const log = join(dir, 'journal.log');
    const damaged = new Uint8Array(readFileSync(log)).map(() => 0);
    writeFileSync(log, damaged);

    const verify = rapport('--data-dir', dir, 'verify');
    expect(verify.code).toBe(1);
    expect(verify.err).toContain('problem: journal.log at byte 0');
    expect(verify.out).toContain('recovery: The journal can be recovered from: the backup rapport-');
    // A damaged reserve copy is noted too; recovery passes over it.
    writeFileSync(join(dir, 'backups', 'rapport-2026-01-01T00-00-00-000Z-daily.rapport'), 'not a backup');
    expect(rapport('--data-dir', dir, 'verify').err).toContain(
      'note: The backup rapport-2026-01-01T00-00-00-000Z-daily.rapport cannot be read',
    );
    expect(readFileSync(log)).toEqual(Buffer.from(damaged)); // verify writes nothing

    const release = await acquireLock(dir); // the app holding the journal
    try {
      const locked = rapport('--data-dir', dir, 'repair');
      expect(locked.code).toBe(3);
      expect(locked.err).toContain('Quit Rapport first');
    } finally {
      await release();
    }
    expect(readdirSync(dir).some((f) => f.startsWith('journal-damaged-'))).toBe(false);

    const repaired = rapport('--data-dir', dir, 'repair');
    expect(repaired.code).toBe(0);
    expect(repaired.out).toContain('Rapport recovered your journal from: the backup rapport-');
    expect(repaired.out).toContain('Verified: the journal is healthy now.');
    const copy = readdirSync(dir).find((f) => f.startsWith('journal-damaged-'));
    expect(copy).toBeDefined();
    expect(readFileSync(join(dir, copy!, 'journal.log'))).toEqual(Buffer.from(damaged));
    expect(readdirSync(dir).some((f) => f.startsWith('journal.log.damaged-'))).toBe(true);
    expect(contacts(dir)).toBe(3);
    expect((await identity(dir)).journalId).toBe(journalId);
    expect(rapport('--data-dir', dir, 'verify').code).toBe(0);

    const again = rapport('--data-dir', dir, 'repair');
    expect(again.code).toBe(0);
    expect(again.out).toContain('nothing to repair');
    expect(rapport('repair', '--help').out).toContain('journal-damaged-<time>');
  });
});
