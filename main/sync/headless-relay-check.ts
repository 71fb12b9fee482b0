// A relay room read by a plain Yjs client, for `rapport sync --once` to check that the room holds what this
// device holds. The standard relay answers a new connection before it has loaded a persisted room from disk
// (@y/websocket-server binds leveldb asynchronously, then broadcasts what it loaded), so a read only counts
// once the room has been quiet for a moment after the first sync.
import WebSocket from 'ws';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';

export const ROOM_QUIET_MS = 400;

/** Resolves once `lastChange()` lies `quietMs` in the past (or `deadline` passed: then false). */
export async function untilQuiet(lastChange: () => number, quietMs: number, deadline: number): Promise<boolean> {
  for (;;) {
    const waited = Date.now() - lastChange();
    if (waited >= quietMs) return true;
    if (Date.now() + (quietMs - waited) > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, quietMs - waited));
  }
}

/** The room's whole state as the relay serves it to anyone with its name (ciphertext only, for Rapport). */
export async function readRoom(
  url: string,
  room: string,
  options: { timeoutMs?: number; quietMs?: number } = {},
): Promise<Uint8Array> {
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  awareness.setLocalState(null); // nothing is announced: a reader has no presence
  let changed = Date.now();
  doc.on('update', () => (changed = Date.now()));
  const provider = new WebsocketProvider(url, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    awareness,
    disableBc: true,
  });
  try {
    const synced = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), Math.max(0, deadline - Date.now()));
      provider.once('sync', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    if (!synced || !(await untilQuiet(() => changed, options.quietMs ?? ROOM_QUIET_MS, deadline)))
      throw new Error(`the relay room could not be read within ${Math.round((options.timeoutMs ?? 10_000) / 1000)} s`);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    provider.destroy();
    doc.destroy();
  }
}

/** True when two Yjs state vectors name the same clocks. */
export function sameStateVector(a: Uint8Array, b: Uint8Array): boolean {
  const [x, y] = [Y.decodeStateVector(a), Y.decodeStateVector(b)];
  if (x.size !== y.size) return false;
  for (const [client, clock] of x) if (y.get(client) !== clock) return false;
  return true;
}
