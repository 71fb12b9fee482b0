// A wire that counts what passes through it, so the headless peer can say how many bytes a sync sent and
// received (`rapport sync --once`). Everything else is the wrapped wire's.
import type { Wire } from './wire';

export function countedWire(wire: Wire, count: (direction: 'sent' | 'received', bytes: number) => void): Wire {
  return {
    send: (bytes) => {
      if (!wire.closed) count('sent', bytes.length);
      wire.send(bytes);
    },
    close: (reason) => wire.close(reason),
    onMessage: (listener) =>
      wire.onMessage((bytes) => {
        count('received', bytes.length);
        listener(bytes);
      }),
    onClose: (listener) => wire.onClose(listener),
    get closed() {
      return wire.closed;
    },
  };
}
