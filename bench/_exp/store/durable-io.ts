// Small fs helpers with the durability the store needs: atomic replace, folder fsync, keep-aside copies.
import { copyFile, open, rename } from 'node:fs/promises';
import { constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';

export async function fsyncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => undefined);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // Some platforms (Windows) refuse to fsync a directory; the rename is still atomic there.
  } finally {
    await handle.close();
  }
}

/** Replaces `path` with `bytes` so that a crash leaves either the old or the new file, never a mix. */
export async function replaceFile(path: string, bytes: Uint8Array): Promise<void> {
  const temp = `${path}.tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, path);
  await fsyncFolder(dirname(path));
}

/** Copies a damaged file aside under a new, never-reused name, and returns that name. */
export async function keepAside(path: string, label: string, now: Date = new Date()): Promise<string> {
  const stamp = now.toISOString().replace(/:/g, '-');
  for (let n = 1; ; n += 1) {
    const target = n === 1 ? `${path}.${label}-${stamp}` : `${path}.${label}-${stamp}-${n}`;
    if (existsSync(target)) continue;
    try {
      await copyFile(path, target, constants.COPYFILE_EXCL); // never overwrite an earlier copy
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    // The copy must be on disk before the caller rewrites the live file, or a power cut could lose both.
    const handle = await open(target, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fsyncFolder(dirname(path));
    return target;
  }
}
