// Backups are `.rapport` snapshots in `<data dir>/backups/`, named so that the name alone tells when and
// why each was taken: rapport-2026-11-29T04-43-44Z-daily.rapport.
import { lstat, mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { replaceFile } from '../store/durable-io';
import { explainDiskError } from '../store/disk-errors';

export const BACKUP_REASONS = [
  'daily',
  'manual',
  'before-import',
  'before-restore',
  'before-migration',
  'before-pairing',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupEntry {
  file: string;
  path: string;
  createdAt: Date;
  reason: BackupReason;
  size: number;
}

const NAME = /^rapport-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})(?:-(\d{3}))?Z-([a-z-]+)\.rapport$/;

export function backupFolder(dataDir: string): string {
  return join(dataDir, 'backups');
}

export function backupFileName(reason: BackupReason, at: Date): string {
  const iso = at.toISOString(); // 2026-11-29T04:43:44.123Z
  const stamp = `${iso.slice(0, 10)}T${iso.slice(11, 13)}-${iso.slice(14, 16)}-${iso.slice(17, 19)}-${iso.slice(20, 23)}Z`;
  return `rapport-${stamp}-${reason}.rapport`;
}

export function parseBackupFileName(file: string): { createdAt: Date; reason: BackupReason } | undefined {
  const m = NAME.exec(file);
  if (!m) return undefined;
  const reason = m[6] as BackupReason;
  if (!BACKUP_REASONS.includes(reason)) return undefined;
  const createdAt = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5] ?? '000'}Z`);
  return Number.isNaN(createdAt.getTime()) ? undefined : { createdAt, reason };
}

export async function saveBackup(
  dataDir: string,
  reason: BackupReason,
  bytes: Uint8Array,
  at: Date,
): Promise<BackupEntry> {
  const folder = backupFolder(dataDir);
  const file = backupFileName(reason, at);
  const path = join(folder, file);
  try {
    await mkdir(folder, { recursive: true });
    await replaceFile(path, bytes);
  } catch (error) {
    throw explainDiskError(error, dataDir, 'The backup was not written');
  }
  return { file, path, createdAt: at, reason, size: bytes.length };
}

/** Backups newest first. Files that are not ours are ignored, never touched. */
export async function listBackups(dataDir: string): Promise<BackupEntry[]> {
  const folder = backupFolder(dataDir);
  const files = await readdir(folder).catch(() => [] as string[]);
  const entries: BackupEntry[] = [];
  for (const file of files) {
    const parsed = parseBackupFileName(file);
    if (!parsed) continue;
    const info = await stat(join(folder, file)).catch(() => undefined);
    if (info?.isFile()) entries.push({ file, path: join(folder, file), size: info.size, ...parsed });
  }
  return entries.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

export class BackupNotFoundError extends Error {
  /** Set when the name is a backup's but no such file is there (the window says it in its language). */
  file = '';
}

/**
 * The path of one backup named by the renderer or the CLI: only a plain backup file name inside the
 * backups folder is accepted — no separators, no `..`, no links pointing elsewhere.
 */
export async function resolveBackupFile(dataDir: string, file: string): Promise<string> {
  if (basename(file) !== file || file.includes('\\') || !parseBackupFileName(file)) {
    throw new BackupNotFoundError(`"${file}" is not the name of a Rapport backup.`);
  }
  const path = join(backupFolder(dataDir), file);
  const info = await lstat(path).catch(() => undefined);
  if (!info?.isFile())
    throw Object.assign(new BackupNotFoundError(`There is no backup named ${file} in the backups folder.`), { file });
  return path;
}

export async function deleteBackups(entries: readonly BackupEntry[]): Promise<void> {
  for (const entry of entries) await unlink(entry.path).catch(() => undefined);
}
