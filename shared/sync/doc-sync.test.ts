import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { DocSyncEndpoint, SyncMessageError } from './doc-sync';

/** Two replicas wired back to back, like main and a window; messages are delivered synchronously. */
function pair(a: Y.Doc, b: Y.Doc) {
  const sent = { ab: 0, ba: 0 };
  const endpoints: { a?: DocSyncEndpoint; b?: DocSyncEndpoint } = {};
  endpoints.a = new DocSyncEndpoint(a, (m) => {
    sent.ab += 1;
    const reply = endpoints.b!.receive(m);
    if (reply) endpoints.a!.receive(reply);
  });
  endpoints.b = new DocSyncEndpoint(b, (m) => {
    sent.ba += 1;
    const reply = endpoints.a!.receive(m);
    if (reply) endpoints.b!.receive(reply);
  });
  return { ...(endpoints as Required<typeof endpoints>), sent };
}

describe('DocSyncEndpoint', () => {
  it('brings two replicas with different histories to the same state, then streams edits', () => {
    const main = new Y.Doc();
    const window = new Y.Doc();
    main.getMap('contacts').set('a', 'Ada');
    window.getMap('contacts').set('b', 'Bo');
    const { a, b } = pair(main, window);
    a.start();
    b.start();
    expect(window.getMap('contacts').toJSON()).toEqual({ a: 'Ada', b: 'Bo' });
    expect(main.getMap('contacts').toJSON()).toEqual({ a: 'Ada', b: 'Bo' });

    window.getMap('contacts').set('c', 'Cai');
    expect(main.getMap('contacts').get('c')).toBe('Cai');
    main.getText('t').insert(0, 'hej');
    expect(window.getText('t').toString()).toBe('hej');
  });

  it('does not echo an update back to the side it came from', () => {
    const main = new Y.Doc();
    const window = new Y.Doc();
    const { b, sent } = pair(main, window);
    void b;
    window.getMap('m').set('x', 1);
    expect(sent.ba).toBe(1);
    expect(sent.ab).toBe(0);
  });

  it.each([
    ['an unknown message type', [7]],
    ['a truncated state vector', [0, 2, 255, 255, 255, 255, 15]],
    ['a garbage update', [2, 5, 255, 255, 255, 255, 15]],
    ['trailing bytes', [2, 2, 0, 0, 99]],
    ['an empty message', []],
  ])('refuses %s and changes nothing', (_label, bytes) => {
    const doc = new Y.Doc();
    doc.getMap('m').set('kept', true);
    const before = Y.encodeStateAsUpdate(doc);
    const endpoint = new DocSyncEndpoint(doc, () => undefined);
    expect(() => endpoint.receive(new Uint8Array(bytes))).toThrow(SyncMessageError);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('towards a trusted peer (main, for a window) still refuses a bad frame, and applies what main sends', () => {
    const main = new Y.Doc();
    main.getMap('m').set('from main', 1);
    const window = new Y.Doc();
    const endpoint = new DocSyncEndpoint(window, () => undefined, { trustedPeer: true });
    expect(() => endpoint.receive(new Uint8Array([7]))).toThrow(SyncMessageError);
    expect(() => endpoint.receive(new Uint8Array([2, 2, 0, 0, 99]))).toThrow(SyncMessageError);
    const encoder = encoding.createEncoder();
    syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(main));
    endpoint.receive(encoding.toUint8Array(encoder));
    expect(window.getMap('m').get('from main')).toBe(1);
  });

  it('stops listening after destroy', () => {
    const doc = new Y.Doc();
    let sent = 0;
    const endpoint = new DocSyncEndpoint(doc, () => (sent += 1));
    endpoint.destroy();
    doc.getMap('m').set('x', 1);
    expect(sent).toBe(0);
  });
});
