// One writer per journal folder: journal.lock holds {pid, hostname, startedAt}. A lock whose process is
// gone (same host) is stale and taken over; anything else is refused with a message that says what to do.
import { hostname } from 'node:os';
import { link, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

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

interface LockState {
  text: string;
  owner: { pid?: number; hostname?: string } | undefined; // undefined: unreadable or half-written
  ageMs: number;
}

function parseOwner(text: string): LockState['owner'] {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as { pid?: number; hostname?: string }) : undefined;
  } catch {
    return undefined;
  }
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
  return (
    typeof owner.pid === 'number' && owner.hostname === hostname() && owner.pid !== process.pid && !alive(owner.pid)
  );
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
    throw new StoreLockedError(dataDir, text === undefined ? undefined : parseOwner(text)?.pid);
  }
  await unlink(moved).catch(() => undefined);
}

export async function acquireLock(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(
        JSON.stringify({ pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() }),
      );
      await handle.sync();
      await handle.close();
      return async () => {
        await unlink(path).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const state = await readLock(path);
      if (!state) continue;
      if (!isStale(state)) throw new StoreLockedError(dataDir, state.owner?.pid);
      await removeStale(path, state, dataDir);
    }
  }
  throw new StoreLockedError(dataDir, undefined);
}
