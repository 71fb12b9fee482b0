import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { encodeStateAsPieces, splitUpdate } from './split-update';
import { compactUpdates, needsCompaction, MAX_ENTRIES } from './compact';

/** Several clients editing shared maps, text, an XML fragment and an array, syncing now and then. */
function journalOfClients(seed: number, clients: number, steps: number): { docs: Y.Doc[]; updates: Uint8Array[] } {
  let state = seed >>> 0 || 1;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) >>> 0;
    return state % n;
  };
  const docs = Array.from({ length: clients }, (_, i) => {
    const doc = new Y.Doc();
    doc.clientID = 1000 + i;
    return doc;
  });
  const updates: Uint8Array[] = [];
  for (const doc of docs) doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let step = 0; step < steps; step++) {
    const doc = docs[next(clients)] as Y.Doc;
    const people = doc.getMap<Y.Map<unknown>>('contacts');
    const key = `p${next(12)}`;
    switch (next(6)) {
      case 0: {
        const person = new Y.Map<unknown>();
        person.set('name', `Person ${step} ${'å'.repeat(next(40))}`);
        person.set('notes', new Y.Text(`note ${step}`));
        people.set(key, person);
        break;
      }
      case 1:
        people.get(key)?.set('stage', `stage ${next(5)}`);
        break;
      case 2: {
        const notes = people.get(key)?.get('notes');
        if (notes instanceof Y.Text) notes.insert(next(notes.length + 1), `word${step} `);
        break;
      }
      case 3: {
        const list = doc.getArray<string>('log');
        if (list.length > 3 && next(2) === 0) list.delete(next(list.length), 1);
        else list.insert(next(list.length + 1), [`entry ${step}`.repeat(1 + next(30))]);
        break;
      }
      case 4: {
        const body = doc.getXmlFragment('reflection');
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [new Y.XmlText(`thought ${step}`)]);
        body.insert(next(body.length + 1), [paragraph]);
        if (body.length > 4 && next(3) === 0) body.delete(0, 1);
        break;
      }
      default:
        people.delete(key);
    }
    // Now and then two clients exchange what they have, so their edits depend on each other's.
    if (next(4) === 0) {
      const a = docs[next(clients)] as Y.Doc;
      const b = docs[next(clients)] as Y.Doc;
      Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    }
  }
  return { docs, updates };
}

function content(doc: Y.Doc): unknown {
  return {
    contacts: doc.getMap('contacts').toJSON(),
    log: doc.getArray('log').toJSON(),
    reflection: doc.getXmlFragment('reflection').toString(),
  };
}

/** `back` is exactly `reference`: nothing left waiting, the same content, the same encoded state. */
function expectSameDocument(back: Y.Doc, reference: Y.Doc): void {
  expect(back.store.pendingStructs).toBeNull();
  expect(back.store.pendingDs).toBeNull();
  expect(content(back)).toEqual(content(reference));
  expect(Y.encodeStateAsUpdate(back)).toEqual(Y.encodeStateAsUpdate(reference));
}

function loaded(pieces: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const piece of pieces) Y.applyUpdate(doc, piece);
  return doc;
}

describe('splitUpdate', () => {
  it('gives pieces that, applied in order, make exactly the same document', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(40, 200, 1000),
        (seed, clients, pieceBytes) => {
          const { updates } = journalOfClients(seed, clients, 120);
          const whole = Y.mergeUpdates(updates);
          const reference = new Y.Doc();
          Y.applyUpdate(reference, whole);
          const pieces = splitUpdate(whole, pieceBytes);
          const doc = loaded(pieces);
          expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(reference));
          expectSameDocument(doc, reference);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('partitions the update: the pieces in any order, merged, are the same document', () => {
    // (Applied one by one they must come in order: Yjs keeps a struct whose neighbours have not arrived
    // pending, but does not reliably retry every such struct when updates come in an arbitrary order — its
    // own small updates fail that way too. The cache keeps its pieces in order.)
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.integer({ min: 1, max: 2 ** 31 - 2 }),
        (seed, shuffleSeed) => {
          const { updates } = journalOfClients(seed, 3, 100);
          const whole = Y.mergeUpdates(updates);
          const pieces = splitUpdate(whole, 60);
          let s = shuffleSeed;
          const shuffled = [...pieces].sort(() => ((s = (s * 16807) % 2147483647) % 3) - 1);
          expect(content(loaded([Y.mergeUpdates(shuffled)]))).toEqual(content(loaded([whole])));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps each piece near its budget: over it by at most one struct', () => {
    const { updates } = journalOfClients(7, 2, 400);
    const whole = Y.mergeUpdates(updates);
    const pieces = splitUpdate(whole, 500);
    expect(pieces.length).toBeGreaterThan(5);
    // The longest struct here is a log entry of at most 30 × 10 characters.
    for (const piece of pieces) expect(piece.length).toBeLessThan(500 + 400);
  });

  it('returns an update that already fits as it is, and throws on bytes that are not an update', () => {
    const { updates } = journalOfClients(3, 1, 5);
    const small = Y.mergeUpdates(updates);
    expect(splitUpdate(small, 1 << 20)).toEqual([small]);
    expect(() => splitUpdate(new Uint8Array(64).fill(0xff), 8)).toThrow();
  });

  it('carries the deletions in a last piece, so a deleted entry stays deleted', () => {
    const doc = new Y.Doc();
    const people = doc.getMap('contacts');
    for (let i = 0; i < 50; i++) people.set(`p${i}`, `Person ${i}`);
    for (let i = 0; i < 50; i += 2) people.delete(`p${i}`);
    const pieces = splitUpdate(Y.encodeStateAsUpdate(doc), 100);
    const back = loaded(pieces);
    expect(back.getMap('contacts').size).toBe(25);
    expect(back.getMap('contacts').has('p0')).toBe(false);
  });
});

describe('encodeStateAsPieces', () => {
  it("writes a document's own state as pieces that make exactly the same document", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(40, 300),
        (seed, clients, pieceBytes) => {
          const { docs } = journalOfClients(seed, clients, 120);
          const doc = docs[0] as Y.Doc;
          const pieces = encodeStateAsPieces(doc, pieceBytes);
          expectSameDocument(loaded(pieces), doc);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps what a document holds pending (an edit that came before the one it follows)', () => {
    const { updates } = journalOfClients(5, 1, 40);
    const doc = new Y.Doc();
    for (const update of updates.slice(20)) Y.applyUpdate(doc, update);
    expect(doc.store.pendingStructs).not.toBeNull();
    const back = loaded(encodeStateAsPieces(doc, 50));
    for (const update of updates.slice(0, 20)) {
      Y.applyUpdate(back, update);
      Y.applyUpdate(doc, update);
    }
    expect(content(back)).toEqual(content(doc));
  });
});

describe('compactUpdates', () => {
  it('merges a cache of many edits into pieces of the same document', () => {
    const { docs, updates } = journalOfClients(11, 3, 300);
    for (const a of docs) for (const b of docs) Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    const pieces = compactUpdates(updates, 300);
    expect(pieces.length).toBeGreaterThan(1);
    expect(content(loaded(pieces))).toEqual(content(docs[0] as Y.Doc));
    expect(compactUpdates([])).toEqual([]);
  });

  it('asks for a compaction when the cache has too many entries or one too large to load at once', () => {
    expect(needsCompaction([10, 20, 30], 100)).toBe(false);
    expect(needsCompaction([10, 201], 100)).toBe(true);
    expect(needsCompaction(new Array(MAX_ENTRIES + 1).fill(1), 100)).toBe(true);
    expect(needsCompaction(new Array(MAX_ENTRIES).fill(1), 100)).toBe(false);
  });
});
