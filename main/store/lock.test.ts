// Lock cases beyond the happy path: a lock left empty by a crash, a lock from another machine, and two
// processes taking over the same stale lock at once (exactly one may win).
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { acquireLock, LOCK_FILE, StoreLockedError } from './lock';
import { currentBootId, processStart } from './boot-identity';
import { cleanTempDirs, tempDir } from './store-test-helpers';

afterEach(cleanTempDirs);

const deadPid = (): number => {
  const pid = spawnSync(process.execPath, ['-e', ''], { stdio: 'ignore' }).pid;
  if (pid === undefined) throw new Error('could not spawn a short-lived process');
  return pid;
};

describe('acquireLock', () => {
  it('takes over an empty lock file left by a crash between creating and writing it', async () => {
    const dir = tempDir();
    const path = join(dir, LOCK_FILE);
    writeFileSync(path, '');
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(path, minuteAgo, minuteAgo);
    const release = await acquireLock(dir);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ pid: process.pid, hostname: hostname() });
    await release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('gives way to a freshly created, not yet written lock (another process is starting)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, LOCK_FILE), '');
    await expect(acquireLock(dir)).rejects.toBeInstanceOf(StoreLockedError);
  });

  it('refuses a lock held on another machine, whose process it cannot check', async () => {
    const dir = tempDir();
    const pid = deadPid();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid, hostname: `not-${hostname()}`, startedAt: 'x' }));
    const error = await acquireLock(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreLockedError);
    expect((error as StoreLockedError).pid).toBe(pid);
    expect((error as StoreLockedError).dataDir).toBe(dir);
  });

  it('lets exactly one of two simultaneous takeovers of a stale lock win, and leaves no debris', async () => {
    const pid = deadPid();
    for (let round = 0; round < 20; round += 1) {
      const dir = tempDir();
      writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid, hostname: hostname(), startedAt: 'x' }));
      const results = await Promise.allSettled([acquireLock(dir), acquireLock(dir)]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost.map((r) => r.reason)).toEqual([expect.any(StoreLockedError)]);
      expect(readdirSync(dir)).toEqual([LOCK_FILE]);
      await (won[0] as PromiseFulfilledResult<() => Promise<void>>).value();
    }
  });
});

describe('acquireLock after a reboot', () => {
  /** A live process that is not us, as after a reboot when an old lock's pid now names someone else. */
  const livePid = (): number => process.ppid;

  it('takes over a lock written before the last boot, even when its pid is alive now', async () => {
    const dir = tempDir();
    const old = { pid: livePid(), hostname: hostname(), bootId: 'linux:a-boot-before-the-power-cut', startedAt: 'x' };
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify(old));
    const release = await acquireLock(dir);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({
      pid: process.pid,
      bootId: currentBootId(),
    });
    await release();
  });

  it('takes over a lock whose pid now belongs to a process that started later', async () => {
    const dir = tempDir();
    const pid = livePid();
    const lock = { pid, hostname: hostname(), bootId: currentBootId(), processStart: 'ticks:1', startedAt: 'x' };
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify(lock));
    // Where the start time cannot be read (not Linux), the boot id is all there is and the lock is kept.
    if (processStart(pid) === undefined) await expect(acquireLock(dir)).rejects.toBeInstanceOf(StoreLockedError);
    else await (await acquireLock(dir))();
  });

  it('still refuses a lock held by a live process of this boot', async () => {
    const dir = tempDir();
    const pid = livePid();
    const lock = {
      pid,
      hostname: hostname(),
      bootId: currentBootId(),
      processStart: processStart(pid),
      startedAt: 'x',
    };
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify(lock));
    await expect(acquireLock(dir)).rejects.toBeInstanceOf(StoreLockedError);
  });

  it('release() leaves alone a lock that is no longer ours', async () => {
    const dir = tempDir();
    const release = await acquireLock(dir);
    const theirs = JSON.stringify({ pid: livePid(), hostname: hostname(), bootId: currentBootId(), startedAt: 'y' });
    writeFileSync(join(dir, LOCK_FILE), theirs);
    await release();
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe(theirs);
  });
});
