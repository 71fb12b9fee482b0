// Two wires joined in memory, for tests: what one side sends reaches the other on a later tick, through a
// `tamper` hook that may drop, repeat, hold back or change frames, as an attacker on the network could.
// Like TCP, what was sent before a close still arrives; the other end learns of the close after it.
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

interface End {
  wire: Wire;
  closed: boolean;
  listener: (bytes: Uint8Array) => void;
  closeListeners: (() => void)[];
}

export function memoryWires(): MemoryWires {
  const pair = {
    sent: { 'a-to-b': [], 'b-to-a': [] },
    tamper: (_direction: Direction, bytes: Uint8Array) => [bytes],
  } as unknown as MemoryWires;
  const shut = (end: End): void => {
    if (end.closed) return;
    end.closed = true;
    for (const l of end.closeListeners.splice(0)) l();
  };
  const makeEnd = (outgoing: Direction, other: () => End): End => {
    const end: End = {
      closed: false,
      listener: () => undefined,
      closeListeners: [],
      wire: undefined as unknown as Wire,
    };
    end.wire = {
      send: (bytes) => {
        if (end.closed) return;
        const copy = Uint8Array.from(bytes);
        pair.sent[outgoing].push(copy);
        for (const frame of pair.tamper(outgoing, copy))
          setImmediate(() => {
            if (!other().closed) other().listener(frame);
          });
      },
      close: () => {
        if (end.closed) return;
        shut(end);
        setImmediate(() => shut(other())); // after what is already on its way
      },
      onMessage: (listener) => {
        end.listener = listener;
      },
      onClose: (listener) => {
        if (end.closed) setImmediate(listener);
        else end.closeListeners.push(listener);
      },
      get closed() {
        return end.closed;
      },
    };
    return end;
  };
  const a: End = makeEnd('a-to-b', () => b);
  const b: End = makeEnd('b-to-a', () => a);
  pair.a = a.wire;
  pair.b = b.wire;
  return pair;
}
