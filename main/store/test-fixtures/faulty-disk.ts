// Makes the disk misbehave for a test, through the store's one seam (durable-io's `disk`): writes fail with
// ENOSPC (a full disk) or files cannot be created (EROFS, a read-only folder), until the test says otherwise.
import type { FileHandle } from 'node:fs/promises';
import { disk } from '../durable-io';

export type Fault = 'ENOSPC' | 'EROFS' | undefined;

const original = { ...disk };

function failure(code: string, call: string, path: string): NodeJS.ErrnoException {
  const text = code === 'ENOSPC' ? 'no space left on device' : 'read-only file system';
  return Object.assign(new Error(`${code}: ${text}, ${call} '${path}'`), { code, syscall: call, path });
}

/** A full disk refuses writes and fsyncs; a read-only one also refuses to cut a file back. */
const REFUSED = {
  ENOSPC: new Set(['write', 'writeFile', 'appendFile', 'sync', 'datasync']),
  EROFS: new Set(['write', 'writeFile', 'appendFile', 'sync', 'datasync', 'truncate']),
};

/** A handle whose writes fail while `fault()` says the disk is full; everything else goes to the real file. */
function faultyHandle(handle: FileHandle, path: string, fault: () => Fault): FileHandle {
  return new Proxy(handle, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      const call = (value as (...args: unknown[]) => unknown).bind(target);
      if (typeof prop !== 'string' || !REFUSED.EROFS.has(prop)) return call;
      return async (...args: unknown[]) => {
        const now = fault();
        if (now && REFUSED[now].has(prop)) throw failure(now, prop, path);
        return call(...args);
      };
    },
  });
}

export interface FaultyDisk {
  /** From now on every write (or, for EROFS, every file created or renamed) under `under` fails with `code`. */
  fail(code: Exclude<Fault, undefined>): void;
  /** Space returns / the folder is writable again. */
  heal(): void;
  /** Puts the real disk back; call in afterEach. */
  uninstall(): void;
}

/** Installs the faulty disk for paths that start with `under` (other files, e.g. other tests', are untouched). */
export function installFaultyDisk(under: string): FaultyDisk {
  let fault: Fault;
  const mine = (path: unknown): boolean => typeof path === 'string' && path.startsWith(under);
  disk.open = (async (path: string, flags?: string, mode?: number) => {
    const writing = typeof flags === 'string' && /[wax+]/.test(flags);
    // A full disk still lets a file be opened; a read-only one refuses at once.
    if (mine(path) && writing && fault === 'EROFS') throw failure(fault, 'open', path);
    const handle = await original.open(path, flags, mode);
    return mine(path) && writing ? faultyHandle(handle, path, () => fault) : handle;
  }) as typeof disk.open;
  disk.rename = (async (from: string, to: string) => {
    if (mine(to) && fault === 'EROFS') throw failure(fault, 'rename', to);
    return original.rename(from, to);
  }) as typeof disk.rename;
  return {
    fail: (code) => (fault = code),
    heal: () => (fault = undefined),
    uninstall: () => Object.assign(disk, original),
  };
}
