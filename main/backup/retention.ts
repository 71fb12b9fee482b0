// Which backups to keep: the newest of each of the last 7 days and of each of the last 4 weeks, plus the
// newest 10 taken for a reason (before an import or a restore, or by hand). Pure, so it is easy to test.
import type { BackupEntry } from './backup-files';

export const KEEP_DAILY = 7;
export const KEEP_WEEKLY = 4;
export const KEEP_EVENT = 10;

function dayKey(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** ISO-8601 week key (UTC), e.g. 2026-W48. */
export function weekKey(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const weekday = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

function newestPerKey(entries: readonly BackupEntry[], key: (d: Date) => string, limit: number): BackupEntry[] {
  const seen = new Set<string>();
  const kept: BackupEntry[] = [];
  for (const entry of entries) {
    const k = key(entry.createdAt);
    if (seen.has(k)) continue;
    seen.add(k);
    kept.push(entry);
    if (kept.length === limit) break;
  }
  return kept;
}

/** `entries` in any order; returns the ones to delete. */
export function backupsToPrune(entries: readonly BackupEntry[]): BackupEntry[] {
  const newestFirst = [...entries].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const daily = newestFirst.filter((e) => e.reason === 'daily');
  const events = newestFirst.filter((e) => e.reason !== 'daily');
  const keep = new Set<BackupEntry>([
    ...newestPerKey(daily, dayKey, KEEP_DAILY),
    ...newestPerKey(daily, weekKey, KEEP_WEEKLY),
    ...events.slice(0, KEEP_EVENT),
  ]);
  return newestFirst.filter((e) => !keep.has(e));
}

export function dailyBackupDue(entries: readonly BackupEntry[], now: Date): boolean {
  const today = dayKey(now);
  return !entries.some((e) => e.reason === 'daily' && dayKey(e.createdAt) === today);
}

/** How the Backups screen names a backup: dailies older than the newest 7 days are kept as weeklies. */
export type BackupKind = 'daily' | 'weekly' | 'manual' | 'import' | 'restore' | 'update' | 'pairing';

export function backupKinds(entries: readonly BackupEntry[]): Map<BackupEntry, BackupKind> {
  const newestFirst = [...entries].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const recentDailies = new Set(
    newestPerKey(
      newestFirst.filter((e) => e.reason === 'daily'),
      dayKey,
      KEEP_DAILY,
    ),
  );
  const kinds = new Map<BackupEntry, BackupKind>();
  for (const entry of entries) {
    if (entry.reason === 'daily') kinds.set(entry, recentDailies.has(entry) ? 'daily' : 'weekly');
    else
      kinds.set(
        entry,
        entry.reason === 'before-import'
          ? 'import'
          : entry.reason === 'before-restore'
            ? 'restore'
            : entry.reason === 'before-migration'
              ? 'update'
              : entry.reason === 'before-pairing'
                ? 'pairing'
                : 'manual',
      );
  }
  return kinds;
}
