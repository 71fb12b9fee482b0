// Temp folders and doc helpers for the store tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Y from 'yjs';
import { JournalFileStore, type FileStoreOptions } from './file-store';

const made: string[] = [];

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-store-'));
  made.push(dir);
  return dir;
}

export function cleanTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export async function openDoc(
  dir: string,
  options?: FileStoreOptions,
): Promise<{ doc: Y.Doc; store: JournalFileStore }> {
  const store = await JournalFileStore.open(dir, options);
  return { doc: store.doc, store };
}

/** Writes n edits, each its own update (its own log record), and waits until they are durable. */
export async function writeEdits(doc: Y.Doc, store: JournalFileStore, from: number, to: number): Promise<void> {
  for (let i = from; i < to; i += 1) doc.getMap('m').set(`k${i}`, i);
  await store.whenFlushed();
}

export function keys(doc: Y.Doc): string[] {
  return [...doc.getMap('m').keys()].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
}
