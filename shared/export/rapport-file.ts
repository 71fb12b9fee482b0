// The native `.rapport` snapshot: an exact Yjs state plus a small JSON header saying whose journal it is.
// Used for backups, restore and "merge into another journal". Layout:
//   8 bytes "RAPPORT\x01" · u32 LE header length · UTF-8 JSON header · the Yjs state update (rest of file)
import * as Y from 'yjs';
import { readMeta } from '../schema/journal-doc';

const MAGIC = new Uint8Array([0x52, 0x41, 0x50, 0x50, 0x4f, 0x52, 0x54, 0x01]); // "RAPPORT" 0x01
const MAX_HEADER = 64 * 1024;

export interface RapportFileHeader {
  format: 'rapport-snapshot';
  version: 1;
  schemaVersion: number;
  journalId: string | undefined;
  epoch: number;
  createdAt: string;
}

export class RapportFileError extends Error {}

export function encodeRapportFile(doc: Y.Doc, now: Date = new Date()): Uint8Array {
  const meta = readMeta(doc);
  const header: RapportFileHeader = {
    format: 'rapport-snapshot',
    version: 1,
    schemaVersion: meta.schemaVersion,
    journalId: meta.journalId,
    epoch: meta.epoch,
    createdAt: now.toISOString(),
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const state = Y.encodeStateAsUpdate(doc);
  const out = new Uint8Array(MAGIC.length + 4 + headerBytes.length + state.length);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(MAGIC.length, headerBytes.length, true);
  out.set(headerBytes, MAGIC.length + 4);
  out.set(state, MAGIC.length + 4 + headerBytes.length);
  return out;
}

/** Reads and checks a `.rapport` file; throws RapportFileError naming the problem. Nothing is applied. */
export function decodeRapportFile(bytes: Uint8Array): { header: RapportFileHeader; state: Uint8Array } {
  if (bytes.length < MAGIC.length + 4 || !MAGIC.every((b, i) => bytes[i] === b)) {
    throw new RapportFileError('Not a Rapport snapshot: the file does not start with the RAPPORT signature.');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(MAGIC.length, true);
  const start = MAGIC.length + 4;
  if (headerLength > MAX_HEADER || start + headerLength > bytes.length) {
    throw new RapportFileError(`Damaged Rapport snapshot: header length ${headerLength} does not fit the file.`);
  }
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, start + headerLength)));
  } catch {
    throw new RapportFileError('Damaged Rapport snapshot: its header is not valid JSON.');
  }
  if (!isHeader(header)) throw new RapportFileError('Damaged Rapport snapshot: its header is missing required fields.');
  const state = bytes.slice(start + headerLength);
  try {
    Y.decodeUpdate(state);
  } catch (error) {
    throw new RapportFileError(`Damaged Rapport snapshot: the journal data cannot be read (${String(error)}).`);
  }
  return { header, state };
}

function isHeader(value: unknown): value is RapportFileHeader {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.format === 'rapport-snapshot' && typeof v.schemaVersion === 'number' && typeof v.epoch === 'number';
}
