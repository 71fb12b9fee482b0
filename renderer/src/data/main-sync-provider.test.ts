// A message main refuses (a full disk, a store that failed) must not hang the window: it is sent again
// with back-off, the window says "not saved" meanwhile, and whenSaved() resolves only once main has it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { DocMessageResult, RapportApi } from '@shared/ipc/contract';
import { DocSyncEndpoint } from '@shared/sync/doc-sync';
import { MainSyncProvider } from './main-sync-provider';

afterEach(() => {
  vi.useRealTimers();
});

/** Main's side: a real document behind a docMessage that fails while `failing` is true. */
function fakeMain() {
  const doc = new Y.Doc();
  const endpoint = new DocSyncEndpoint(doc, () => undefined);
  const state = { failing: false, calls: 0 };
  const api = {
    docMessage: async (message: Uint8Array): Promise<DocMessageResult> => {
      state.calls += 1;
      if (state.failing) throw new Error('no space left on device');
      return { reply: endpoint.receive(message), durable: true };
    },
    onDocMessage: () => () => undefined,
  } as unknown as RapportApi;
  return { doc, api, state };
}

describe('MainSyncProvider', () => {
  it('resends a refused edit with back-off and only then calls it saved', async () => {
    vi.useFakeTimers();
    const main = fakeMain();
    const doc = new Y.Doc();
    const provider = new MainSyncProvider(doc, main.api, 0, () => undefined);
    await provider.whenSynced;
    main.state.failing = true;
    doc.getMap('inbox').set('note', 'Ask Sam about the design meetup');
    let saved = false;
    void provider.whenSaved().then(() => (saved = true));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(saved).toBe(false);
    expect(provider.status.get()).toBe('error');
    expect(provider.status.lastError()).toContain('no space left');
    expect(main.state.calls).toBeGreaterThan(2); // it kept trying
    main.state.failing = false;
    await vi.advanceTimersByTimeAsync(30_000);
    expect(saved).toBe(true);
    expect(provider.status.get()).toBe('saved');
    expect(main.doc.getMap('inbox').get('note')).toBe('Ask Sam about the design meetup');
    provider.destroy();
  });

  it('stops retrying when destroyed', async () => {
    vi.useFakeTimers();
    const main = fakeMain();
    const provider = new MainSyncProvider(new Y.Doc(), main.api, 0, () => undefined);
    main.state.failing = true;
    await vi.advanceTimersByTimeAsync(600);
    provider.destroy();
    const calls = main.state.calls;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(main.state.calls).toBe(calls);
  });

  it('opens the conversation after the cache is in: only what each side lacks crosses, both ways', async () => {
    const main = new Y.Doc();
    for (let i = 0; i < 2_000; i += 1) main.getMap('contacts').set(`c${i}`, `Person number ${i}`);
    // The window's cache holds main's state as it was, plus an edit main never got (the window closed first).
    const cached = new Y.Doc();
    Y.applyUpdate(cached, Y.encodeStateAsUpdate(main));
    cached.getMap('inbox').set('note', 'Call Sam');
    main.getMap('contacts').set('c1', 'Renamed while the window was closed');
    const listeners: Array<(message: Uint8Array) => void> = [];
    const fromMain: number[] = [];
    const toMain: number[] = [];
    const endpoint = new DocSyncEndpoint(main, (message) => {
      fromMain.push(message.length);
      for (const listener of listeners) listener(message);
    });
    const api = {
      docMessage: async (message: Uint8Array): Promise<DocMessageResult> => {
        toMain.push(message.length);
        const reply = endpoint.receive(message);
        if (message[0] === 0) endpoint.start(); // main answers a step 1 with its own, as the hub does
        if (reply) fromMain.push(reply.length);
        return { reply, durable: true };
      },
      onDocMessage: (listener: (message: Uint8Array) => void) => {
        listeners.push(listener);
        return () => undefined;
      },
    } as unknown as RapportApi;
    const doc = new Y.Doc();
    let loadCache: () => void = () => undefined;
    const cacheLoaded = new Promise<void>((resolve) => (loadCache = resolve));
    const provider = new MainSyncProvider(doc, api, 0, () => undefined, cacheLoaded);
    await Promise.resolve();
    expect(toMain).toEqual([]); // nothing is said before the cache is in
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(cached), 'cache');
    loadCache();
    await provider.whenSynced;
    await provider.whenSaved();
    const whole = Y.encodeStateAsUpdate(main).length;
    expect(main.getMap('inbox').get('note')).toBe('Call Sam');
    expect(doc.getMap('contacts').get('c1')).toBe('Renamed while the window was closed');
    expect(Math.max(...toMain, ...fromMain)).toBeLessThan(whole / 20);
    provider.destroy();
  });
});
