// Recovery that keeps everything good: when the store finds damage, every source main has is merged into
// one state — the log's good records (before and after the damage), the snapshot or `.prev` with its log,
// and the newest backup of the same journal and epoch. Yjs merges are safe; an older epoch is never merged
// (it holds what a restore deliberately replaced).
import { readFile } from 'node:fs/promises';
import * as Y from 'yjs';
import { metaMap } from '@shared/schema';
import { decodeRapportFile } from '@shared/export/rapport-file';
import { listBackups } from '../backup/backup-files';
import { identityFromDamagedSnapshot, identityOf, type JournalIdentity } from './identity';
import type { SalvagedLog } from './salvage';

export interface RecoveryInput {
  dataDir: string;
  /** The snapshot's state when it reads whole; else `.prev`'s. */
  base: { state: Uint8Array; from: string } | undefined;
  /** The logs whose records apply on top of `base`, oldest first. */
  logs: Array<{ name: string; log: SalvagedLog }>;
  /** Damaged snapshots, searched for the journal's identity when nothing else holds it. */
  damagedSnapshots: Uint8Array[];
  /** Whether data may be missing (a damaged snapshot or a damaged log record): then backups are merged. */
  lossPossible: boolean;
}

export interface RecoveryResult {
  state: Uint8Array;
  identity: (JournalIdentity & { from: string }) | undefined;
  /** Where the recovered state came from, in words, e.g. "journal.log (120 edits before the damage)". */
  sources: string[];
  /** Later edits waiting for an earlier one that was lost; an open window's cache may still bring it back. */
  waiting: boolean;
}

/** Applies one update; one that Yjs refuses is left out rather than stopping the recovery. */
function applySafely(doc: Y.Doc, update: Uint8Array): boolean {
  try {
    Y.applyUpdate(doc, update);
    return true;
  } catch {
    return false;
  }
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

async function newestBackupOf(
  dataDir: string,
  identity: JournalIdentity | undefined,
): Promise<{ file: string; state: Uint8Array; identity: JournalIdentity } | undefined> {
  for (const entry of await listBackups(dataDir)) {
    try {
      const { header, state } = decodeRapportFile(new Uint8Array(await readFile(entry.path)));
      if (header.journalId === undefined) continue;
      if (identity && (header.journalId !== identity.journalId || header.epoch !== identity.epoch)) continue;
      return { file: entry.file, state, identity: { journalId: header.journalId, epoch: header.epoch } };
    } catch {
      // A damaged backup is passed over; the next older one may be whole.
    }
  }
  return undefined;
}

export async function recover(input: RecoveryInput): Promise<RecoveryResult> {
  const doc = new Y.Doc();
  const sources: string[] = [];
  try {
    if (input.base) {
      if (applySafely(doc, input.base.state)) sources.push(input.base.from);
    }
    for (const { name, log } of input.logs) {
      for (const record of [...log.prefix, ...log.after]) applySafely(doc, record);
      if (log.prefix.length + log.after.length === 0) continue;
      const after = log.after.length > 0 ? `, ${plural(log.after.length, 'edit')} after the damage` : '';
      sources.push(`${name} (${plural(log.prefix.length, 'edit')}${log.stop ? ' before the damage' : ''}${after})`);
    }
    let identity: RecoveryResult['identity'] = undefined;
    const own = identityOf(doc);
    if (own) identity = { ...own, from: 'the recovered journal' };
    for (const bytes of input.damagedSnapshots) {
      if (identity) break;
      const found = identityFromDamagedSnapshot(bytes);
      if (found) identity = { ...found, from: 'the damaged snapshot' };
    }
    if (input.lossPossible || !identity) {
      const backup = await newestBackupOf(input.dataDir, identity);
      if (backup && applySafely(doc, backup.state)) {
        identity ??= { ...backup.identity, from: `the backup ${backup.file}` };
        sources.push(`the backup ${backup.file}`);
      }
    }
    // The identity goes into the recovered state itself, so the migration on open keeps it.
    if (identity && !own) {
      const { journalId, epoch } = identity;
      doc.transact(() => {
        metaMap(doc).set('journalId', journalId);
        metaMap(doc).set('epoch', epoch);
      });
    }
    const waiting = doc.store.pendingStructs !== null;
    return { state: Y.encodeStateAsUpdate(doc), identity, sources, waiting };
  } finally {
    doc.destroy();
  }
}
