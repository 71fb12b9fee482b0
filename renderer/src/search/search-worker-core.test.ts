// The search worker's handling of the window's messages (search-worker-core.ts), without a worker: a query
// typed before the index exists — the first seconds after a large journal opens — is answered once it does,
// never with "nothing"; a journal read from the cache, then what it lacked and what came meanwhile, is all found.
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createContact, updateContact } from '@shared/schema';
import type { FromWorker } from './search-protocol';
import { SearchWorkerCore } from './search-worker-core';

function journalWith(...names: string[]): Y.Doc {
  const doc = new Y.Doc();
  for (const name of names) createContact(doc, { name });
  return doc;
}

function worker(cache: Uint8Array[] | Promise<Uint8Array[]> = []) {
  const posted: FromWorker[] = [];
  const core = new SearchWorkerCore(
    (message) => posted.push(message),
    () => Promise.resolve(cache),
  );
  const results = () => posted.filter((m) => m.type === 'results');
  const names = (m: FromWorker | undefined) => (m?.type === 'results' ? m.hits.map((h) => h.title) : undefined);
  return { core, posted, results, names };
}

const query = (seq: number, text: string) => ({ type: 'query' as const, seq, text, limit: 60, perKind: 5 });

describe('the search worker', () => {
  it('holds a query that comes before its index, and answers the newest once the index is built', async () => {
    const doc = journalWith('Åsa Öberg', 'Jonas Lind');
    const { core, posted, results, names } = worker([Y.encodeStateAsUpdate(doc)]);
    core.receive({ type: 'init-from-cache', cacheName: 'cache' });
    core.receive(query(1, 'ob'));
    core.receive(query(2, 'oberg'));
    expect(results()).toHaveLength(0); // not "nothing matches": no answer yet

    await vi.waitFor(() => expect(posted.map((m) => m.type)).toContain('state-vector'));
    core.receive({ type: 'catch-up', update: new Uint8Array([0, 0]) });
    expect(posted.map((m) => m.type)).toEqual(['state-vector', 'ready', 'results']);
    expect(results()[0]).toMatchObject({ seq: 2 });
    expect(names(results()[0])).toEqual(['Åsa Öberg']);

    core.receive(query(3, 'lind'));
    expect(names(results()[1])).toEqual(['Jonas Lind']);
  });

  it('finds what the cache held, what it lacked, and what changed while it was read', async () => {
    const doc = journalWith('Maja Berg');
    const cached = Y.encodeStateAsUpdate(doc);
    const seen = Y.encodeStateVector(doc);
    const late = createContact(doc, { name: 'Kim Sjöström' }); // after the cache was written
    const lacked = Y.encodeStateAsUpdate(doc, seen);
    const { core, posted, results, names } = worker([cached]);
    core.receive({ type: 'init-from-cache', cacheName: 'cache' });
    const before = Y.encodeStateVector(doc);
    updateContact(doc, late, { company: 'Fyren AB' }); // while the worker reads its cache
    core.receive({ type: 'update', update: Y.encodeStateAsUpdate(doc, before) });
    await vi.waitFor(() => expect(posted.map((m) => m.type)).toContain('state-vector'));
    core.receive({ type: 'catch-up', update: lacked });
    core.receive(query(1, 'berg'));
    core.receive(query(2, 'fyren'));
    expect(names(results()[0])).toEqual(['Maja Berg']);
    expect(names(results()[1])).toEqual(['Kim Sjöström']);
  });

  it('reads the whole journal from the window when the cache cannot be read', async () => {
    const posted: FromWorker[] = [];
    const core = new SearchWorkerCore(
      (message) => posted.push(message),
      () => Promise.reject(new Error('no IndexedDB')),
    );
    core.receive({ type: 'init-from-cache', cacheName: 'cache' });
    await vi.waitFor(() => expect(posted.map((m) => m.type)).toContain('state-vector'));
    core.receive({ type: 'catch-up', update: Y.encodeStateAsUpdate(journalWith('Li Wei')) });
    core.receive(query(1, 'wei'));
    const answer = posted.find((m) => m.type === 'results');
    expect(answer?.type === 'results' && answer.hits.map((h) => h.title)).toEqual(['Li Wei']);
  });
});
