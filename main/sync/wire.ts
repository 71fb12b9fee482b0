// The byte pipe under the secure channel: a WebSocket (ws) in the app, an in-memory pair in some tests.
// Binary messages only; a text message is hostile here and closes the connection.
import type { WebSocket } from 'ws';

export interface Wire {
  send(bytes: Uint8Array): void;
  close(reason: string): void;
  /** Replaces the listener: the handshake hands the wire over to the channel. */
  onMessage(listener: (bytes: Uint8Array) => void): void;
  onClose(listener: () => void): void;
  readonly closed: boolean;
}

/** Close code for a connection Rapport ends on purpose (policy violation / application reasons). */
const CLOSE_POLICY = 1008;

export function wsWire(socket: WebSocket): Wire {
  let listener: (bytes: Uint8Array) => void = () => undefined;
  const closeListeners: (() => void)[] = [];
  let closed = false;
  const wire: Wire = {
    send: (bytes) => {
      if (!closed) socket.send(bytes);
    },
    close: (reason) => {
      if (closed) return;
      closed = true;
      socket.close(CLOSE_POLICY, reason.slice(0, 120));
      // A peer that never answers the close handshake is cut off.
      setTimeout(() => socket.terminate(), 1000).unref();
      for (const l of closeListeners.splice(0)) l();
    },
    onMessage: (next) => {
      listener = next;
    },
    onClose: (next) => {
      if (closed) next();
      else closeListeners.push(next);
    },
    get closed() {
      return closed;
    },
  };
  socket.on('message', (data, isBinary) => {
    if (closed) return;
    if (!isBinary || !Buffer.isBuffer(data)) {
      wire.close('binary frames only');
      return;
    }
    listener(data);
  });
  const gone = (): void => {
    if (closed) return;
    closed = true;
    for (const l of closeListeners.splice(0)) l();
  };
  socket.on('close', gone);
  socket.on('error', gone);
  return wire;
}
