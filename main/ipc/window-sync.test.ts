// The hub's conversation with a window, with a stand-in web contents: a reloaded page that holds edits only
// in its cache must be asked for them, and replacing the document must not pile up listeners.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { WebContents } from 'electron';
import { DocSyncEndpoint } from '@shared/sync/doc-sync';
import { WindowSyncHub } from './window-sync';

/** A window: a web contents whose page is a replica; what main sends is applied and answered in order. */
function fakeWindow(hub: WindowSyncHub) {
  const contents = Object.assign(new EventEmitter(), {
    id: 7,
    isDestroyed: () => false,
    send: (_channel: string, message: Uint8Array) => page.deliver(message),
  });
  const sender = contents as unknown as WebContents;
  const page = {
    endpoint: undefined as DocSyncEndpoint | undefined,
    deliver(message: Uint8Array): void {
      const answer = page.endpoint?.receive(message);
      if (answer) talk(answer);
    },
  };
  const talk = (message: Uint8Array): void => {
    const reply = hub.receive(sender, message);
    if (reply) page.deliver(reply);
  };
  /** A page load: a fresh replica (e.g. filled from its IndexedDB cache first) opens the conversation. */
  const load = (replica: Y.Doc): void => {
    page.endpoint?.destroy();
    page.endpoint = new DocSyncEndpoint(replica, talk);
    page.endpoint.start();
  };
  return { contents, load };
}

describe('WindowSyncHub', () => {
  it('asks a reloaded page for what only its cache holds', () => {
    const main = new Y.Doc();
    const hub = new WindowSyncHub(main);
    const window = fakeWindow(hub);
    window.load(new Y.Doc());
    // After a reload the page's cache holds an edit main never received (the old page died before sending it).
    const cached = new Y.Doc();
    cached.getMap('inbox').set('n1', 'written just before the reload');
    window.load(cached);
    expect(main.getMap('inbox').get('n1')).toBe('written just before the reload');
  });

  it('keeps one destroyed listener per window however often the document is replaced', () => {
    const hub = new WindowSyncHub(new Y.Doc());
    const window = fakeWindow(hub);
    for (let i = 0; i < 5; i += 1) {
      hub.replaceDoc(new Y.Doc());
      window.load(new Y.Doc());
    }
    expect(window.contents.listenerCount('destroyed')).toBe(1);
  });
});
