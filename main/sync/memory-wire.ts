// Two wires joined in memory, for tests: what one side sends reaches the other on a later tick, through a
// `tamper` hook that may drop, repeat, hold back or change frames, as an attacker on the network could.
import type { Wire } from './wire';

export type Direction = 'a-to-b' | 'b-to-a';

export interface MemoryWires {
  a: Wire;
  b: Wire;
  /** Everything sent, per direction, as sent. */
  sent: Record<Direction, Uint8Array[]>;
  /** Replaces what is delivered for one frame; the default delivers it as sent. */
  tamper: (direction: Direction, bytes: Uint8Array) => Uint8Array[];
}

export function memoryWires(): MemoryWires {
  const listeners: Record<Direction, (bytes: Uint8Array) => void> = {
    'a-to-b': () => undefined,
    'b-to-a': () => undefined,
  };
  const closeListeners: (() => void)[] = [];
  let closed = false;
  const shutdown = (): void => {
    if (closed) return;
    closed = true;
    for (const l of closeListeners.splice(0)) setImmediate(l);
  };
  const pair: MemoryWires = {
    sent: { 'a-to-b': [], 'b-to-a': [] },
    tamper: (_direction, bytes) => [bytes],
    a: undefined as unknown as Wire,
    b: undefined as unknown as Wire,
  };
  const end = (outgoing: Direction, incoming: Direction): Wire => ({
    send: (bytes) => {
      if (closed) return;
      const copy = Uint8Array.from(bytes);
      pair.sent[outgoing].push(copy);
      for (const frame of pair.tamper(outgoing, copy)) setImmediate(() => listeners[outgoing](frame)); // what was sent before a close still arrives, as on TCP
    },
    close: shutdown,
    onMessage: (listener) => {
      listeners[incoming] = listener;
    },
    onClose: (listener) => {
      if (closed) setImmediate(listener);
      else closeListeners.push(listener);
    },
    get closed() {
      return closed;
    },
  });
  pair.a = end('a-to-b', 'b-to-a');
  pair.b = end('b-to-a', 'a-to-b');
  return pair;
}
