// The window's side of the first paint: main's gzipped copy becomes a read-only session to paint, and a
// damaged copy is refused (the window then opens the journal the usual way).
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact, listContacts } from '@shared/schema';
import { firstPaintSession } from './journal-session';

describe('firstPaintSession', () => {
  it('paints main’s copy, read-only, saying the journal is opening', async () => {
    const journal = new Y.Doc();
    createContact(journal, { name: 'Ingrid Sjöberg' });
    const gzippedUpdateV2 = gzipSync(Y.encodeStateAsUpdateV2(journal));
    const session = await firstPaintSession({ journalId: 'j', epoch: 0, gzippedUpdateV2 });
    expect(session.preview).toBe(true);
    expect(session.api).toBeUndefined();
    expect(session.status.get()).toBe('opening');
    expect(listContacts(session.doc).map((c) => c.name)).toEqual(['Ingrid Sjöberg']);
  });

  it('refuses a damaged copy', async () => {
    const gzippedUpdateV2 = new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3]);
    await expect(firstPaintSession({ journalId: 'j', epoch: 0, gzippedUpdateV2 })).rejects.toThrow();
  });
});
