// The first paint's file: made from the journal files as they are, refused once they change (an edit, a
// sync, the CLI, a restore) or when it is damaged — it is a cache, never a source of the journal.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createContact, listContacts, readMeta } from '@shared/schema';
import { openJournal } from './open-journal';
import { dropFirstPaint, FIRST_PAINT_FILE, readFirstPaint, writeFirstPaint } from './first-paint-file';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rapport-first-paint-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function journalWith(names: string[]) {
  const opened = await openJournal(dir);
  for (const name of names) createContact(opened.doc, { name });
  await opened.store.whenFlushed();
  return opened;
}

describe('first paint file', () => {
  it('gives back the journal as it was closed, with its id and epoch', async () => {
    const { doc, store } = await journalWith(['Ingrid Sjöberg', 'Olle Berg']);
    await writeFirstPaint(dir, doc);
    const meta = readMeta(doc);
    await store.destroy();
    const first = await readFirstPaint(dir);
    expect(first).not.toBeNull();
    expect(first?.journalId).toBe(meta.journalId);
    expect(first?.epoch).toBe(meta.epoch);
    const copy = new Y.Doc();
    Y.applyUpdateV2(copy, gunzipSync(first!.gzippedUpdateV2));
    expect(
      listContacts(copy)
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Ingrid Sjöberg', 'Olle Berg']);
  });

  it('is gone once dropped (main drops it when the journal is open)', async () => {
    const { doc, store } = await journalWith(['Ingrid Sjöberg']);
    await writeFirstPaint(dir, doc);
    await store.destroy();
    await dropFirstPaint(dir);
    expect(existsSync(join(dir, FIRST_PAINT_FILE))).toBe(false);
    expect(await readFirstPaint(dir)).toBeNull();
  });

  it('is not used once the journal changed after it was made', async () => {
    const { doc, store } = await journalWith(['Ingrid Sjöberg']);
    await writeFirstPaint(dir, doc);
    createContact(doc, { name: 'Written after' });
    await store.whenFlushed();
    await store.destroy();
    expect(await readFirstPaint(dir)).toBeNull();
  });

  it('is not used when it is damaged or missing', async () => {
    const { doc, store } = await journalWith(['Ingrid Sjöberg']);
    expect(await readFirstPaint(dir)).toBeNull();
    await writeFirstPaint(dir, doc);
    await store.destroy();
    const bytes = await readFile(join(dir, FIRST_PAINT_FILE));
    await writeFile(join(dir, FIRST_PAINT_FILE), bytes.subarray(0, 30));
    expect(await readFirstPaint(dir)).toBeNull();
    await writeFile(join(dir, FIRST_PAINT_FILE), Buffer.from('RAPPORT-FIRST-PAINT 3\n{"journalId":1}\n'));
    expect(await readFirstPaint(dir)).toBeNull();
  });

  it('is not used when an earlier version wrote it (its copy is in another encoding)', async () => {
    const { doc, store } = await journalWith(['Ingrid Sjöberg']);
    await writeFirstPaint(dir, doc);
    await store.destroy();
    const bytes = await readFile(join(dir, FIRST_PAINT_FILE));
    expect(await readFirstPaint(dir)).not.toBeNull();
    const older = Buffer.from(bytes);
    older.write('RAPPORT-FIRST-PAINT 2\n', 0, 'utf8');
    await writeFile(join(dir, FIRST_PAINT_FILE), older);
    expect(await readFirstPaint(dir)).toBeNull();
  });
});
