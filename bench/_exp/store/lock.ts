// One writer per journal folder: journal.lock holds {pid, hostname, bootId, processStart, startedAt}. A lock
// from this host whose process is gone — or was written before the last reboot, or names a pid now used by a
// process that started later — is stale and taken over; anything else is refused with a message that says
// what to do.
import { hostname } from 'node:os';
import { link, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { currentBootId, processStart } from './boot-identity';

export const LOCK_FILE = 'journal.lock';

export class StoreLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number | undefined,
  ) {
    super(
      `The journal in ${dataDir} is open in another Rapport process${pid ? ` (pid ${pid})` : ''}. Close it there first.`,
    );
    this.name = 'StoreLockedError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock still unreadable this long after it was written was left by a crash between create and write. */
const UNREADABLE_GRACE_MS = 5_000;

interface LockOwner {
  pid?: unknown;
  hostname?: unknown;
  bootId?: unknown;
  processStart?: unknown;
}

interface LockState {
  text: string;
  owner: LockOwner | undefined; // undefined: unreadable or half-written
  ageMs: number;
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as LockOwner) : undefined;
  } catch {
    return undefined;
  }
}

function ownerPid(owner: LockOwner | undefined): number | undefined {
  return typeof owner?.pid === 'number' ? owner.pid : undefined;
}

async function readLock(path: string): Promise<LockState | undefined> {
  try {
    const [text, info] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
    return { text, owner: parseOwner(text), ageMs: Date.now() - info.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined; // released meanwhile: try again
    throw error;
  }
}

function isStale({ owner, ageMs }: LockState): boolean {
  if (!owner) return ageMs > UNREADABLE_GRACE_MS;
  const pid = ownerPid(owner);
  // Another machine's process cannot be checked from here: never judged stale.
  if (pid === undefined || owner.hostname !== hostname() || pid === process.pid) return false;
  if (!alive(pid)) return true;
  // The pid is alive, but is it the same process? Not if the machine has rebooted since the lock was written…
  if (typeof owner.bootId === 'string' && owner.bootId !== currentBootId()) return true;
  // …or if the process now holding that pid started at another time than the one that wrote the lock.
  const started = processStart(pid);
  return typeof owner.processStart === 'string' && started !== undefined && started !== owner.processStart;
}

/**
 * Moves a stale lock out of the way. Renaming (not unlinking) lets us check that what we moved is the
 * lock we judged stale: if another process took it over in between, we put its lock back and give way.
 */
async function removeStale(path: string, judged: LockState, dataDir: string): Promise<void> {
  const moved = `${path}.stale-${process.pid}-${Date.now()}`;
  try {
    await rename(path, moved);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // someone else removed it first
    throw error;
  }
  const text = await readFile(moved, 'utf8').catch(() => undefined);
  if (text !== judged.text) {
    await link(moved, path).catch(() => undefined); // fails only if yet another lock appeared: leave that one
    await unlink(moved).catch(() => undefined);
    throw new StoreLockedError(dataDir, text === undefined ? undefined : ownerPid(parseOwner(text)));
  }
  await unlink(moved).catch(() => undefined);
}

/** Deletes the lock only while it is still ours: one taken over (we were judged stale) belongs to its new owner. */
async function releaseOwn(path: string, ours: string): Promise<void> {
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current === ours) await unlink(path).catch(() => undefined);
}

export async function acquireLock(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const handle = await open(path, 'wx');
      const text = JSON.stringify({
        pid: process.pid,
        hostname: hostname(),
        bootId: currentBootId(),
        processStart: processStart(process.pid),
        startedAt: new Date().toISOString(),
      });
      await handle.writeFile(text);
      await handle.sync();
      await handle.close();
      return () => releaseOwn(path, text);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const state = await readLock(path);
      if (!state) continue;
      if (!isStale(state)) throw new StoreLockedError(dataDir, ownerPid(state.owner));
      await removeStale(path, state, dataDir);
    }
  }
  throw new StoreLockedError(dataDir, undefined);
}
