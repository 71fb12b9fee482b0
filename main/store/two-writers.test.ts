// The two-writers campaign (issue 9): one writer per journal across real processes — a second app, the CLI,
// several processes racing — and across a simulated reboot, where the old lock's pid now names someone else.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type * as Y from 'yjs';
import { runCli } from '../cli';
import { JournalFileStore } from './file-store';
import { LOCK_FILE, StoreLockedError } from './lock';
import { processStart } from './boot-identity';
import { cleanTempDirs, openDoc, tempDir } from './store-test-helpers';
import { bundleChild } from './test-fixtures/bundle-child';

const connections = join(__dirname, '..', 'cli', 'fixtures', 'connections-v1.csv');
let work: string;
let childScript: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'rapport-two-writers-'));
  childScript = await bundleChild('lock-child.ts', work);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(async () => {
  for (const child of children.splice(0)) {
    child.kill('SIGKILL');
    if (child.exitCode === null && child.signalCode === null) await new Promise((r) => child.once('close', r));
  }
  cleanTempDirs();
});

interface OtherProcess {
  pid: number;
  /** Sends a command and resolves with the next line the process answers. */
  ask(command: string): Promise<string>;
  kill(): Promise<void>;
  /** Resolves when the process has ended. */
  closed: Promise<unknown>;
}

async function otherProcess(dir: string, env: Record<string, string> = {}): Promise<OtherProcess> {
  const child = spawn(process.execPath, [childScript, dir], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  children.push(child);
  const closed = new Promise((resolve) => child.once('close', resolve));
  const lines: string[] = [];
  const waiting: Array<(line: string) => void> = [];
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const next = waiting.shift();
    if (next) next(line);
    else lines.push(line);
  });
  const nextLine = (): Promise<string> =>
    lines.length > 0 ? Promise.resolve(lines.shift()!) : new Promise((resolve) => waiting.push(resolve));
  expect(await nextLine()).toBe('ready');
  return {
    pid: child.pid!,
    ask: (command) => {
      child.stdin!.write(`${command}\n`);
      return nextLine();
    },
    kill: async () => {
      child.kill('SIGKILL');
      await closed;
    },
    closed,
  };
}

function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = { outs: [] as string[], errs: [] as string[] };
  return runCli(args, { out: (l) => io.outs.push(l), err: (l) => io.errs.push(l) }, {}).then((code) => ({
    code,
    out: io.outs.join('\n'),
    err: io.errs.join('\n'),
  }));
}

const mapKeys = ({ doc }: { doc: Y.Doc }): string[] => [...doc.getMap('m').keys()].sort();

describe('two writers', () => {
  it('refuses a second app and the CLI while another process holds the journal; reading still works', async () => {
    const dir = tempDir();
    const app = await otherProcess(dir);
    expect(await app.ask('open')).toBe('opened');
    expect(await app.ask('edit a')).toBe('acked a');
    const error = await JournalFileStore.open(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreLockedError);
    expect((error as StoreLockedError).pid).toBe(app.pid);
    const imported = await cli('--data-dir', dir, 'import', 'linkedin', connections);
    expect(imported.code).toBe(3);
    expect(imported.err).toContain(`open in another Rapport process (pid ${app.pid})`);
    expect(imported.err).toContain('quit Rapport, then run this again');
    expect((await cli('--data-dir', dir, 'stats', '--json')).code).toBe(0);
    expect((await cli('--data-dir', dir, 'verify')).code).toBe(0);
    const reader = await openDoc(dir, { readOnly: true });
    expect(mapKeys(reader)).toEqual(['a']);
    await reader.store.destroy();
    // And the other way round: while this process holds it, the other one is refused, naming us.
    await app.kill();
    const mine = await openDoc(dir);
    const second = await otherProcess(dir);
    expect(await second.ask('open')).toBe(`locked ${process.pid}`);
    await mine.store.destroy();
    expect(await second.ask('open')).toBe('opened');
  });

  it('lets exactly one of three processes that open at the same moment win', async () => {
    const dir = tempDir();
    const contenders = await Promise.all([otherProcess(dir), otherProcess(dir), otherProcess(dir)]);
    const answers = await Promise.all(contenders.map((c) => c.ask('open')));
    const winners = contenders.filter((_, i) => answers[i] === 'opened');
    expect(winners).toHaveLength(1);
    expect(answers.filter((a) => a === `locked ${winners[0]!.pid}`)).toHaveLength(2);
  });

  it('takes over from a holder killed mid-work, with every edit it acknowledged', async () => {
    const dir = tempDir();
    const app = await otherProcess(dir);
    expect(await app.ask('open')).toBe('opened');
    for (const key of ['a', 'b', 'c']) expect(await app.ask(`edit ${key}`)).toBe(`acked ${key}`);
    await app.kill();
    const next = await openDoc(dir);
    expect(mapKeys(next)).toEqual(['a', 'b', 'c']);
    await next.store.destroy();
  });

  it('is free at once after a process is killed while creating its lock: the lock is never half-written', async () => {
    const dir = tempDir();
    const dying = await otherProcess(dir, { DIE_AFTER_OPENING: 'journal.lock' });
    dying.ask('open').catch(() => undefined);
    await dying.closed;
    // Within the grace period an empty lock would read as "another process is starting": there is none.
    const next = await openDoc(dir);
    await next.store.destroy();
  });

  it('after a reboot, takes over a lock whose pid now belongs to another live process', async () => {
    const dir = tempDir();
    const app = await otherProcess(dir);
    expect(await app.ask('open')).toBe('opened');
    expect(await app.ask('edit before-reboot')).toBe('acked before-reboot');
    await app.kill();
    // The power went; after the reboot the lock's pid names some unrelated, live process — one that even
    // started at the same tick count since boot, so only the boot id tells the two apart.
    const unrelated = await otherProcess(tempDir());
    const lock = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as Record<string, unknown>;
    const reused = { ...lock, pid: unrelated.pid, processStart: processStart(unrelated.pid) };
    // Control: written in this boot, that lock names a live process, and is respected.
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify(reused));
    expect((await cli('--data-dir', dir, 'import', 'linkedin', connections)).code).toBe(3);
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ ...reused, bootId: 'linux:the-boot-before' }));
    const imported = await cli('--data-dir', dir, 'import', 'linkedin', connections);
    expect(imported.err).toBe('');
    expect(imported.code).toBe(0);
    const next = await openDoc(dir);
    expect(mapKeys(next)).toEqual(['before-reboot']);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    await next.store.destroy();
  });
});
