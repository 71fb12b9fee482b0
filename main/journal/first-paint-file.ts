// The first paint's file (issue 10): `first-paint.bin` beside the journal, written when Rapport closes, so
// the next start can show Today and People before main has read the whole journal. It names the journal
// files it was made from (size and modification time): any later write — an edit, a sync, the CLI, a
// restore — makes it stale, and a stale or damaged file is simply not used (it is a cache, never a source).
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as Y from 'yjs';
import { z } from 'zod';
import { localDay, readMeta } from '@shared/schema';
import { thinJournal } from '@shared/first-paint/thin-journal';
import type { FirstPaint } from '@shared/ipc/contract';
import { LOG_FILE, SNAPSHOT_FILE } from '../store';

export const FIRST_PAINT_FILE = 'first-paint.bin';
// 3: the copy is a v2 update (2 held a v1 update; such a file is refused, and the next quit writes a 3).
const MAGIC = 'RAPPORT-FIRST-PAINT 3\n';

const fileMark = z.tuple([z.string(), z.string()]); // size, mtime in nanoseconds (bigints as text)
const header = z.object({
  journalId: z.string().min(1),
  epoch: z.number().int().nonnegative(),
  schemaVersion: z.number().int().nonnegative(),
  files: z.object({ snapshot: fileMark.nullable(), log: fileMark.nullable() }),
});
type Header = z.infer<typeof header>;

async function mark(path: string): Promise<[string, string] | null> {
  try {
    const s = await stat(path, { bigint: true });
    return [String(s.size), String(s.mtimeNs)];
  } catch {
    return null;
  }
}

async function journalFiles(dataDir: string): Promise<Header['files']> {
  return { snapshot: await mark(join(dataDir, SNAPSHOT_FILE)), log: await mark(join(dataDir, LOG_FILE)) };
}

function sameFiles(a: Header['files'], b: Header['files']): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Writes the first paint of `doc`. Call it when nothing writes to the journal any more (on quit, after the
 * store's last flush): the files are marked as they are then, and the copy is of the document as it is then.
 */
export async function writeFirstPaint(dataDir: string, doc: Y.Doc, now = new Date()): Promise<void> {
  const meta = readMeta(doc);
  if (!meta.journalId) return;
  const files = await journalFiles(dataDir);
  // Yjs's v2 encoding (columns, repeated keys and clocks run-length coded): at L 5.4 MB against 6.8 MB, and
  // quicker to apply. Level 1: 1.4 MB gzip'd, and the window unpacks it in about 30 ms.
  const update = gzipSync(Y.encodeStateAsUpdateV2(thinJournal(doc, localDay(now))), { level: 1 });
  const head: Header = { journalId: meta.journalId, epoch: meta.epoch, schemaVersion: meta.schemaVersion, files };
  const text = Buffer.from(`${MAGIC}${JSON.stringify(head)}\n`, 'utf8');
  const path = join(dataDir, FIRST_PAINT_FILE);
  // Owner-only, like the journal: it holds the same names. A torn write is refused by the reader.
  await writeFile(`${path}.tmp`, Buffer.concat([text, update]), { mode: 0o600 });
  await rename(`${path}.tmp`, path);
}

/** The first paint, if there is one made from the journal files as they are now; otherwise null. */
export async function readFirstPaint(dataDir: string): Promise<FirstPaint | null> {
  const path = join(dataDir, FIRST_PAINT_FILE);
  const bytes = await readFile(path).catch(() => undefined);
  if (!bytes || bytes.subarray(0, MAGIC.length).toString('utf8') !== MAGIC) return null;
  const end = bytes.indexOf(0x0a, MAGIC.length);
  if (end < 0) return null;
  let head: Header;
  try {
    head = header.parse(JSON.parse(bytes.subarray(MAGIC.length, end).toString('utf8')));
  } catch {
    return null;
  }
  if (!sameFiles(head.files, await journalFiles(dataDir))) return null;
  // Not decoded here (that would cost main the time the first paint saves): a window that cannot apply it
  // opens the journal the usual way.
  return { journalId: head.journalId, epoch: head.epoch, gzippedUpdateV2: new Uint8Array(bytes.subarray(end + 1)) };
}

/**
 * Removed once main has the journal open: while Rapport runs the copy only grows stale, and a name purged
 * from the trash must not linger in it after a crash. The next quit writes a fresh one.
 */
export async function dropFirstPaint(dataDir: string): Promise<void> {
  await rm(join(dataDir, FIRST_PAINT_FILE), { force: true });
}
