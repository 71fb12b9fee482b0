// Hostile-input campaign for the sync framing: real messages of a conversation (step 1, step 2, updates),
// damaged, and random bytes. Every message is applied or refused with SyncMessageError, and a refused
// message leaves the document exactly as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { practiceJournal } from '../export/test-journal';
import { createContact } from '../schema';
import { at } from '../schema/test-support';
import { campaign, mutated } from '../fuzz/mutations';
import { DocSyncEndpoint, SyncMessageError, wouldChange } from './doc-sync';

/** The messages a window sends main over a session: its step 1, its step 2 reply, then edits. */
function conversation(): Uint8Array[] {
  const window = new Y.Doc();
  Y.applyUpdate(window, Y.encodeStateAsUpdate(practiceJournal().doc));
  const sent: Uint8Array[] = [];
  const endpoint = new DocSyncEndpoint(window, (m) => sent.push(m));
  endpoint.start();
  const step1 = encoding.createEncoder();
  syncProtocol.writeSyncStep1(step1, new Y.Doc());
  const reply = endpoint.receive(encoding.toUint8Array(step1));
  if (reply) sent.push(reply);
  createContact(window, { name: 'Noor Haddad', company: 'Lumen' }, at('2026-11-20'));
  window.getMap('contacts').delete([...window.getMap('contacts').keys()][0] ?? '');
  endpoint.destroy();
  return sent;
}

const messages = conversation();

/** main's side: a copy of the journal, as after the window's first full sync. */
function mainDoc(): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(practiceJournal().doc));
  return doc;
}

describe('sync framing campaign', () => {
  it('has real messages of every kind to damage', () => {
    const kinds = messages.map((m) => m[0]);
    expect(kinds).toEqual(expect.arrayContaining([0, 1, 2]));
  });

  it('every message is applied or refused, and a refused one changes nothing', () => {
    const doc = mainDoc();
    const main = new DocSyncEndpoint(doc, () => undefined);
    const input = fc.oneof(
      { weight: 4, arbitrary: fc.oneof(...messages.map(mutated)) },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }) },
      // A well-framed update (type 2) around random bytes: only Yjs's own decoding stands in the way.
      {
        weight: 1,
        arbitrary: fc.uint8Array({ maxLength: 64 }).map((payload) => {
          const encoder = encoding.createEncoder();
          syncProtocol.writeUpdate(encoder, payload);
          return encoding.toUint8Array(encoder);
        }),
      },
    );
    campaign(
      input,
      (message) => {
        const before = Y.encodeStateAsUpdate(doc);
        try {
          main.receive(message);
        } catch (error) {
          expect(error).toBeInstanceOf(SyncMessageError);
          expect(Y.encodeStateAsUpdate(doc), 'a refused message changed the journal').toEqual(before);
        }
        expect(() => Y.encodeStateAsUpdate(doc)).not.toThrow();
      },
      150,
      1000,
    );
    main.destroy();
  });

  it('a valid update followed by stray bytes is refused whole, not applied and then refused', () => {
    const doc = mainDoc();
    const main = new DocSyncEndpoint(doc, () => undefined);
    const update = messages.find((m) => m[0] === 0 && m[1] === 2) ?? messages[messages.length - 1]!;
    const before = Y.encodeStateAsUpdate(doc);
    expect(() => main.receive(Uint8Array.from([...update, 7]))).toThrow(SyncMessageError);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('wouldChange: a step 1 or a message holding nothing new is harmless, anything new or unreadable is not', () => {
    const doc = mainDoc();
    const sent: Uint8Array[] = [];
    const window = new Y.Doc();
    Y.applyUpdate(window, Y.encodeStateAsUpdate(doc));
    const endpoint = new DocSyncEndpoint(window, (m) => sent.push(m));
    const step1 = encoding.createEncoder();
    syncProtocol.writeSyncStep1(step1, doc);
    const nothingNew = endpoint.receive(encoding.toUint8Array(step1))!;
    endpoint.start();
    expect(wouldChange(doc, sent[0]!)).toBe(false);
    expect(wouldChange(doc, nothingNew)).toBe(false);
    createContact(window, { name: 'Noor Haddad' }, at('2026-11-20'));
    expect(wouldChange(doc, sent[1]!)).toBe(true);
    window.getMap('contacts').delete([...window.getMap('contacts').keys()][0]!);
    expect(wouldChange(doc, sent[2]!)).toBe(true);
    expect(wouldChange(doc, Uint8Array.of(2, 5, 1))).toBe(true);
    endpoint.destroy();
  });
});
