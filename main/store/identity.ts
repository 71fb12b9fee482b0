// Finding a damaged journal's identity (journalId + epoch), so that recovery never mints a new one over it:
// a new id would orphan the windows' caches and every backup, the last full copies of the journal.
import * as Y from 'yjs';
import { readMeta } from '../../shared/schema';
import { MAGIC, RECORD_HEADER } from './record-log';

export interface JournalIdentity {
  journalId: string;
  epoch: number;
}

/** What a damaged file still says: the id, and the epoch only when it could be read for certain. */
export type FoundIdentity = Omit<JournalIdentity, 'epoch'> & { epoch: number | undefined };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The identity a document's meta holds, if it holds one. */
export function identityOf(doc: Y.Doc): JournalIdentity | undefined {
  const meta = readMeta(doc);
  return meta.journalId !== undefined ? { journalId: meta.journalId, epoch: Math.max(meta.epoch, 1) } : undefined;
}

function fromState(state: Uint8Array): JournalIdentity | undefined {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    const found = identityOf(doc);
    return found && UUID.test(found.journalId) ? found : undefined;
  } catch {
    return undefined;
  } finally {
    doc.destroy();
  }
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

function indexOf(bytes: Uint8Array, pattern: readonly number[], from = 0): number {
  outer: for (let at = from; at + pattern.length <= bytes.length; at += 1) {
    for (let i = 0; i < pattern.length; i += 1) if (bytes[at + i] !== pattern[i]) continue outer;
    return at;
  }
  return -1;
}

/**
 * The readable part of a damaged snapshot, searched for the meta entries as Yjs encodes them when a key is
 * first set: the key, then one "any" value — a 36-character string for journalId (0x01 0x77 0x24), a small
 * integer for epoch (0x01 0x7d n). A key set again later (a restore's new epoch) is encoded without its name,
 * and its first value is then deleted, so an epoch found this way is the only one the journal ever had.
 */
function fromBytes(bytes: Uint8Array): FoundIdentity | undefined {
  const key = indexOf(bytes, [...ascii('journalId'), 0x01, 0x77, 0x24]);
  if (key < 0) return undefined;
  const journalId = String.fromCharCode(...bytes.subarray(key + 12, key + 48));
  if (!UUID.test(journalId)) return undefined;
  const epochAt = indexOf(bytes, [...ascii('epoch'), 0x01, 0x7d]);
  const epoch = epochAt >= 0 ? bytes[epochAt + 7]! : undefined;
  return { journalId, epoch: epoch !== undefined && epoch > 0 && epoch < 64 ? epoch : undefined };
}

/**
 * The identity in a damaged snapshot: first its records taken as they are (a flipped bit inside some text
 * leaves the rest decodable), then a search of the bytes that are there (a cut-off file).
 */
export function identityFromDamagedSnapshot(bytes: Uint8Array): FoundIdentity | undefined {
  const parts: Uint8Array[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = MAGIC.length; at + RECORD_HEADER <= bytes.length;) {
    const length = view.getUint32(at, true);
    parts.push(bytes.subarray(at + RECORD_HEADER, Math.min(at + RECORD_HEADER + length, bytes.length)));
    at += RECORD_HEADER + length;
  }
  const joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return fromState(joined) ?? fromBytes(bytes);
}
