// Recovery that keeps everything good: when the store finds damage, every source main has is merged into
// one state — the log's good records (before and after the damage), the snapshot or `.prev` with its log,
// and the newest backup of the same journal and epoch. Yjs merges are safe; an older epoch is never merged
// (it holds what a restore deliberately replaced).
import { readFile } from 'node:fs/promises';
import * as Y from 'yjs';
// Relative, not @shared: the store also runs under plain tsx (the crash tests' writer), which has no alias.
import { metaMap } from '../../shared/schema';
import { decodeRapportFile } from '../../shared/export/rapport-file';
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

interface ReadBackup {
  file: string;
  reason: string;
  identity: JournalIdentity;
  state: Uint8Array;
}

/** The readable backups, newest first. A damaged backup is passed over; an older one may be whole. */
async function readBackups(dataDir: string): Promise<ReadBackup[]> {
  const read: ReadBackup[] = [];
  for (const entry of await listBackups(dataDir)) {
    try {
      const { header, state } = decodeRapportFile(new Uint8Array(await readFile(entry.path)));
      if (header.journalId === undefined) continue;
      const identity = { journalId: header.journalId, epoch: header.epoch };
      read.push({ file: entry.file, reason: entry.reason, identity, state });
    } catch {
      // not readable: skipped
    }
  }
  return read;
}

/**
 * The journal's epoch as its backups tell it: the newest backup's, plus one if it was taken just before a
 * restore (both the app and the CLI take one, and a restore moves to exactly the next epoch).
 */
function epochFromBackups(backups: readonly ReadBackup[], journalId: string): number | undefined {
  const newest = backups.find((b) => b.identity.journalId === journalId);
  if (!newest) return undefined;
  return newest.identity.epoch + (newest.reason === 'before-restore' ? 1 : 0);
}

/**
 * The identity a damaged snapshot still shows. A flipped bit can garble it, so it is trusted only when a
 * backup or the other snapshot shows the same id, or when there are no backups to ask. The epoch is then the
 * backups' (exact: see epochFromBackups); the snapshot's own only when no backup of this journal exists,
 * and never guessed higher, which would make a window drop the cache of the real epoch.
 */
function fromDamagedSnapshots(
  damaged: readonly Uint8Array[],
  backups: readonly ReadBackup[],
): RecoveryResult['identity'] {
  const found = damaged.map(identityFromDamagedSnapshot).filter((f) => f !== undefined);
  const confirmed = found.find(
    (f) =>
      backups.some((b) => b.identity.journalId === f.journalId) ||
      found.some((o) => o !== f && o.journalId === f.journalId),
  );
  const chosen = confirmed ?? (backups.length === 0 ? found[0] : undefined);
  if (!chosen) return undefined;
  const epoch = epochFromBackups(backups, chosen.journalId) ?? chosen.epoch ?? 1;
  return { journalId: chosen.journalId, epoch, from: 'the damaged snapshot' };
}

export async function recover(input: RecoveryInput): Promise<RecoveryResult> {
  const doc = new Y.Doc();
  const sources: string[] = [];
  try {
    if (input.base && applySafely(doc, input.base.state)) sources.push(input.base.from);
    for (const { name, log } of input.logs) {
      for (const record of [...log.prefix, ...log.after]) applySafely(doc, record);
      if (log.prefix.length + log.after.length === 0) continue;
      const after = log.after.length > 0 ? `, ${plural(log.after.length, 'edit')} after the damage` : '';
      sources.push(`${name} (${plural(log.prefix.length, 'edit')}${log.stop ? ' before the damage' : ''}${after})`);
    }
    let identity: RecoveryResult['identity'] = undefined;
    const own = identityOf(doc);
    if (own) identity = { ...own, from: 'the recovered journal' };
    const backups = await readBackups(input.dataDir);
    if (!identity) identity = fromDamagedSnapshots(input.damagedSnapshots, backups);
    const newest = backups[0];
    if (!identity && newest) {
      const { journalId } = newest.identity;
      identity = { journalId, epoch: epochFromBackups(backups, journalId)!, from: `the backup ${newest.file}` };
    }
    // Only a backup of this journal and this epoch is merged: an older epoch holds what a restore replaced.
    const same = identity
      ? backups.find((b) => b.identity.journalId === identity.journalId && b.identity.epoch === identity.epoch)
      : undefined;
    if (same && applySafely(doc, same.state)) sources.push(`the backup ${same.file}`);
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
