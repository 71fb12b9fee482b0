// How a lock comes into being: whole or not at all (written aside, then linked into place), also on file
// systems without hard links (FAT, exFAT) and on a full disk.
import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { disk } from './durable-io';
import { acquireLock, LOCK_FILE, StoreLockedError } from './lock';
import { installFaultyDisk } from './test-fixtures/faulty-disk';
import { cleanTempDirs, tempDir } from './store-test-helpers';

const realLink = disk.link;
const uninstalls: Array<() => void> = [];
afterEach(() => {
  disk.link = realLink;
  for (const uninstall of uninstalls.splice(0)) uninstall();
  cleanTempDirs();
});

function withoutHardLinks(): void {
  disk.link = () => Promise.reject(Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' }));
}

describe('creating the journal lock', () => {
  it('leaves only the lock, naming this process', async () => {
    const dir = tempDir();
    const release = await acquireLock(dir);
    expect(readdirSync(dir)).toEqual([LOCK_FILE]);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    await release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('works on a file system without hard links, and still refuses a second holder', async () => {
    const dir = tempDir();
    withoutHardLinks();
    const release = await acquireLock(dir);
    expect(readdirSync(dir)).toEqual([LOCK_FILE]);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    await expect(acquireLock(dir)).rejects.toBeInstanceOf(StoreLockedError);
    await release();
  });

  it('leaves nothing behind when the disk is full, with or without hard links', async () => {
    for (const links of [true, false]) {
      const dir = tempDir();
      const faulty = installFaultyDisk(dir);
      uninstalls.push(faulty.uninstall);
      if (!links) withoutHardLinks();
      faulty.fail('ENOSPC');
      await expect(acquireLock(dir)).rejects.toMatchObject({ code: 'ENOSPC' });
      expect(readdirSync(dir)).toEqual([]);
      faulty.heal();
      await (
        await acquireLock(dir)
      )();
    }
  });
});
