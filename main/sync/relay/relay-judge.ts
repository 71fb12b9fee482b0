// What a device makes of one blob found in the relay room, before anything is applied: open it (AES-GCM, the
// header authenticated with it), then hold it to this journal's id and epoch ("Restore and epochs") and to
// `checkUpdate`. Only an `apply` verdict ever reaches the journal.
import { checkUpdate } from '@shared/sync/update-check';
import { blobId, BlobError, openBlob, type RelayKeys } from './relay-blob';

export type RelayRefusal = 'other-journal' | 'older-epoch';

export type Verdict =
  | { kind: 'apply'; id: string; update: Uint8Array }
  /** Of an older epoch: no device merges it into this one (a snapshot may drop it). */
  | { kind: 'stale'; id: string; epoch: number }
  | { kind: 'refuse'; id: string; reason: RelayRefusal }
  /** Not a blob, not authentic under this relay key, or not an update Yjs can apply safely. */
  | { kind: 'skip'; id?: string; why: string };

export function judgeBlob(keys: RelayKeys, blob: unknown, mine: { journalId: string; epoch: number }): Verdict {
  if (!(blob instanceof Uint8Array)) return { kind: 'skip', why: 'something that is not a blob' };
  let opened: ReturnType<typeof openBlob>;
  try {
    opened = openBlob(keys, blob);
  } catch (error) {
    return { kind: 'skip', why: error instanceof BlobError ? error.message : String(error) };
  }
  const { header, body } = opened;
  const id = blobId(header);
  if (body.journalId !== mine.journalId) return { kind: 'refuse', id, reason: 'other-journal' };
  if (body.epoch > mine.epoch) return { kind: 'refuse', id, reason: 'older-epoch' };
  if (body.epoch < mine.epoch) return { kind: 'stale', id, epoch: body.epoch };
  try {
    checkUpdate(body.update);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'skip', id, why: `an update Yjs cannot apply safely: ${reason}` };
  }
  return { kind: 'apply', id, update: body.update };
}
