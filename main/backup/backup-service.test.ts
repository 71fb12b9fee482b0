import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { createContact, listContacts, migrate } from '@shared/schema';
import { decodeRapportFile } from '@shared/export/rapport-file';
import { BackupService } from './backup-service';
import { listBackups } from './backup-files';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-backup-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('BackupService', () => {
  it('writes a restorable .rapport snapshot and lists it with date, reason and size', async () => {
    const dir = tempDir();
    const doc = new Y.Doc();
    migrate(doc);
    createContact(doc, { name: 'Noor' });
    const service = new BackupService(dir, doc, () => new Date('2026-11-29T08:00:00.250Z'));
    const entry = await service.backupNow('before-import');
    expect(entry.file).toBe('rapport-2026-11-29T08-00-00-250Z-before-import.rapport');
    const [listed] = await service.list();
    expect(listed).toMatchObject({ reason: 'before-import', size: entry.size });
    expect(listed?.createdAt.toISOString()).toBe('2026-11-29T08:00:00.250Z');
    const copy = new Y.Doc();
    Y.applyUpdate(copy, decodeRapportFile(readFileSync(entry.path)).state);
    expect(listContacts(copy).map((c) => c.name)).toEqual(['Noor']);
  });

  it('takes one daily backup per day and prunes old dailies', async () => {
    const dir = tempDir();
    const doc = new Y.Doc();
    let now = new Date('2026-10-01T09:00:00Z');
    const service = new BackupService(dir, doc, () => now);
    for (let day = 0; day < 40; day += 1) {
      now = new Date(Date.UTC(2026, 9, 1 + day, 9));
      expect(await service.dailyIfDue()).toBeDefined();
      now = new Date(Date.UTC(2026, 9, 1 + day, 15));
      expect(await service.dailyIfDue()).toBeUndefined();
    }
    const kept = await listBackups(dir);
    expect(kept.length).toBeLessThanOrEqual(11);
    expect(kept[0]?.createdAt.toISOString()).toBe('2026-11-09T09:00:00.000Z');
  });

  it('ignores files in the backup folder that are not backups', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'backups'));
    writeFileSync(join(dir, 'backups', 'notes.txt'), 'mine');
    const service = new BackupService(dir, new Y.Doc());
    await service.backupNow('manual');
    expect((await service.list()).map((e) => e.reason)).toEqual(['manual']);
    expect(readFileSync(join(dir, 'backups', 'notes.txt'), 'utf8')).toBe('mine');
  });
});
