// The ws ends of a sync connection: a server that refuses browsers (any request with an Origin header) and
// compression, and a client socket; both cap a message at one frame.
import type { IncomingMessage } from 'node:http';
import { WebSocket, WebSocketServer } from 'ws';
import { formatAddress, type HostPort } from './address';
import type { SyncLimits } from './limits';

export function listen(
  bind: HostPort,
  limits: SyncLimits,
  onSocket: (socket: WebSocket, request: IncomingMessage) => void,
): Promise<WebSocketServer> {
  const server = new WebSocketServer({
    host: bind.host,
    port: bind.port,
    maxPayload: limits.maxFrameBytes,
    perMessageDeflate: false,
    // A web page in a browser on this network could open a WebSocket here; Rapport peers send no Origin.
    verifyClient: ({ req }: { req: IncomingMessage }) => req.headers.origin === undefined,
  });
  server.on('connection', onSocket);
  return new Promise((resolve, reject) => {
    server.once('listening', () => resolve(server));
    server.once('error', reject);
  });
}

export function connectSocket(address: HostPort, limits: SyncLimits): Promise<WebSocket> {
  const socket = new WebSocket(`ws://${formatAddress(address)}/`, {
    maxPayload: limits.maxFrameBytes,
    perMessageDeflate: false,
    handshakeTimeout: limits.handshakeMs,
    followRedirects: false,
  });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('error', (error) => {
      socket.terminate();
      reject(error);
    });
  });
}

export function closeServer(server: WebSocketServer): Promise<void> {
  for (const client of server.clients) client.terminate();
  return new Promise((resolve) => server.close(() => resolve()));
}
