// One writer per journal folder: journal.lock holds {pid, hostname, startedAt}. A lock whose process is
// gone (same host) is stale and taken over; anything else is refused with a message that says what to do.
import { hostname } from 'node:os';
import { open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';

export const LOCK_FILE = 'journal.lock';

export class StoreLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number | undefined,
  ) {
    super(`The journal in ${dataDir} is open in another Rapport process${pid ? ` (pid ${pid})` : ''}. Close it there first.`);
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

async function readLock(path: string): Promise<{ pid?: number; hostname?: string } | undefined> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as { pid?: number; hostname?: string }) : {};
  } catch {
    return undefined; // unreadable or half-written: treat as someone else's until proven stale
  }
}

export async function acquireLock(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(JSON.stringify({ pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() }));
      await handle.sync();
      await handle.close();
      return async () => {
        await unlink(path).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = await readLock(path);
      const stale = owner?.pid !== undefined && owner.hostname === hostname() && owner.pid !== process.pid && !alive(owner.pid);
      if (!stale) throw new StoreLockedError(dataDir, owner?.pid);
      await unlink(path).catch(() => undefined);
    }
  }
  throw new StoreLockedError(dataDir, undefined);
}
