// Reads a .rapport file for a restore and prepares the state to restore — without touching the journal.
// A file that is not a complete Rapport journal is refused here, with a message naming the problem.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import * as Y from 'yjs';
import { decodeRapportFile, RapportFileError } from '@shared/export/rapport-file';
import { metaMap, migrate, readMeta } from '@shared/schema';
import { checkUpdate } from '@shared/sync/update-check';

/** Far above any real journal (10,000 contacts is a few MB); a bigger file is not ours. */
export const MAX_RESTORE_BYTES = 512 * 1024 * 1024;

export class RestoreError extends Error {
  constructor(
    message: string,
    /** The backup and why it cannot be restored, for the window's own wording. */
    readonly file = '',
    readonly why = '',
  ) {
    super(message);
  }
}

export interface RestorePlan {
  file: string;
  /** When the backup was taken, from its header. */
  createdAt: string;
  /** The backup's exact Yjs state. */
  state: Uint8Array;
}

/** Reads and checks a backup; throws RestoreError (ending "Nothing was changed.") when it cannot be restored. */
export async function readRestorePlan(path: string): Promise<RestorePlan> {
  const file = basename(path);
  const refuse = (why: string): RestoreError =>
    new RestoreError(`${file} cannot be restored: ${why} Nothing was changed.`, file, why);
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw refuse('there is no such file.');
  if (info.size > MAX_RESTORE_BYTES)
    throw refuse(`it is ${(info.size / 1024 / 1024).toFixed(0)} MB, larger than any Rapport journal.`);
  let decoded: ReturnType<typeof decodeRapportFile>;
  try {
    decoded = decodeRapportFile(new Uint8Array(await readFile(path)));
  } catch (error) {
    if (error instanceof RapportFileError) throw refuse(error.message);
    throw error;
  }
  const doc = new Y.Doc();
  try {
    checkUpdate(decoded.state);
    Y.applyUpdate(doc, decoded.state);
  } catch (error) {
    throw refuse(`the journal data cannot be read (${error instanceof Error ? error.message : String(error)}).`);
  }
  // A cut-off state still decodes, but Yjs keeps the parts whose predecessors are missing aside.
  const incomplete = doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
  const meta = readMeta(doc);
  doc.destroy();
  if (incomplete) throw refuse('the file is incomplete (it was cut off or damaged).');
  if (meta.journalId === undefined) throw refuse('it holds no Rapport journal.');
  return { file, createdAt: decoded.header.createdAt, state: decoded.state };
}

/**
 * The state the journal gets: the backup's, under this journal's id and a new epoch — higher than both
 * the journal's and the backup's — so every replica's cache of an older epoch is left behind.
 */
export function restoredState(
  plan: RestorePlan,
  current: { journalId: string; epoch: number },
): { state: Uint8Array; epoch: number } {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, plan.state);
  migrate(doc);
  const epoch = Math.max(current.epoch, readMeta(doc).epoch) + 1;
  doc.transact(() => {
    const meta = metaMap(doc);
    meta.set('journalId', current.journalId);
    meta.set('epoch', epoch);
  });
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { state, epoch };
}
