import { describe, expect, it } from 'vitest';
import type { BackupEntry, BackupReason } from './backup-files';
import { backupKinds, backupsToPrune, dailyBackupDue, weekKey } from './retention';

function entry(iso: string, reason: BackupReason = 'daily'): BackupEntry {
  return { file: iso, path: iso, createdAt: new Date(iso), reason, size: 1 };
}

describe('backup retention', () => {
  it('computes ISO weeks across the year boundary', () => {
    expect(weekKey(new Date('2026-01-01T12:00:00Z'))).toBe('2026-W01');
    expect(weekKey(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53');
    expect(weekKey(new Date('2026-11-29T12:00:00Z'))).toBe('2026-W48'); // a Sunday
    expect(weekKey(new Date('2026-11-30T12:00:00Z'))).toBe('2026-W49'); // Monday starts a new week
  });

  it('keeps 7 daily and 4 weekly backups out of 60 days of dailies', () => {
    const entries: BackupEntry[] = [];
    for (let i = 0; i < 60; i += 1) entries.push(entry(new Date(Date.UTC(2026, 9, 1 + i, 9)).toISOString()));
    const pruned = new Set(backupsToPrune(entries));
    const kept = entries
      .filter((e) => !pruned.has(e))
      .map((e) => e.createdAt.toISOString().slice(0, 10))
      .sort();
    // Newest 7 days: Nov 23–29. Weekly: newest of W48 (Nov 29), W47 (Nov 22), W46 (Nov 15), W45 (Nov 8).
    expect(kept).toEqual([
      '2026-11-08',
      '2026-11-15',
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
  });

  it('keeps only the newest daily of a day, and the newest 10 event backups', () => {
    const entries = [entry('2026-11-29T09:00:00Z'), entry('2026-11-29T18:00:00Z')];
    for (let i = 0; i < 12; i += 1)
      entries.push(entry(new Date(Date.UTC(2026, 10, 1 + i)).toISOString(), 'before-import'));
    const pruned = backupsToPrune(entries).map((e) => e.createdAt.toISOString());
    expect(pruned).toContain('2026-11-29T09:00:00.000Z');
    expect(pruned).not.toContain('2026-11-29T18:00:00.000Z');
    expect(pruned.filter((p) => p < '2026-11-03')).toEqual(['2026-11-02T00:00:00.000Z', '2026-11-01T00:00:00.000Z']);
  });

  it('knows when today still needs its daily backup', () => {
    const now = new Date('2026-11-29T10:00:00Z');
    expect(dailyBackupDue([], now)).toBe(true);
    expect(dailyBackupDue([entry('2026-11-28T23:00:00Z')], now)).toBe(true);
    expect(dailyBackupDue([entry('2026-11-29T01:00:00Z', 'before-import')], now)).toBe(true);
    expect(dailyBackupDue([entry('2026-11-29T01:00:00Z')], now)).toBe(false);
  });

  it('names each backup for the screen: recent dailies, older ones kept as weeklies, and why the others exist', () => {
    const entries: BackupEntry[] = [];
    for (let i = 0; i < 10; i += 1) entries.push(entry(new Date(Date.UTC(2026, 10, 20 + i, 9)).toISOString()));
    entries.push(
      entry('2026-11-29T10:00:00Z', 'before-import'),
      entry('2026-11-29T11:00:00Z', 'before-restore'),
      entry('2026-11-29T12:00:00Z', 'manual'),
      entry('2026-11-29T13:00:00Z', 'before-migration'),
    );
    const kinds = backupKinds(entries);
    const kindOf = (iso: string): string | undefined =>
      kinds.get(entries.find((e) => e.createdAt.toISOString() === iso)!);
    expect(kindOf('2026-11-29T09:00:00.000Z')).toBe('daily');
    expect(kindOf('2026-11-23T09:00:00.000Z')).toBe('daily');
    expect(kindOf('2026-11-22T09:00:00.000Z')).toBe('weekly');
    expect(kindOf('2026-11-29T10:00:00.000Z')).toBe('import');
    expect(kindOf('2026-11-29T11:00:00.000Z')).toBe('restore');
    expect(kindOf('2026-11-29T12:00:00.000Z')).toBe('manual');
    expect(kindOf('2026-11-29T13:00:00.000Z')).toBe('update');
  });
});
