// Test helpers for the secure channel: two devices joined by memory wires, with their logs recorded.
import { randomUUID } from 'node:crypto';
import { DEFAULT_LIMITS, type SyncLimits } from './limits';
import { acceptHandshake, connectHandshake, type ConnectTarget, type Opened } from './handshake-session';
import { memoryWires, type MemoryWires } from './memory-wire';
import { PairingOffers } from './pairing-code';
import type { SyncLogEntry } from './sync-log';

export interface TestPeers {
  wires: MemoryWires;
  client: Promise<Opened>;
  server: Promise<Opened>;
  clientLog: SyncLogEntry[];
  serverLog: SyncLogEntry[];
}

export const hostDevice = { device: randomUUID(), name: 'Desk' };
export const joinerDevice = { device: randomUUID(), name: 'Laptop' };

export function connectPeers(options: {
  target: ConnectTarget;
  offers?: PairingOffers;
  keyFor?: (device: string) => Buffer | undefined;
  limits?: Partial<SyncLimits>;
  /** The connecting side's own limits, when a test makes it send what the host must refuse. */
  clientLimits?: Partial<SyncLimits>;
  wires?: MemoryWires;
}): TestPeers {
  const wires = options.wires ?? memoryWires();
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const clientLog: SyncLogEntry[] = [];
  const serverLog: SyncLogEntry[] = [];
  const server = acceptHandshake(wires.b, {
    self: hostDevice,
    limits,
    log: (e) => serverLog.push(e),
    offers: options.offers ?? new PairingOffers(),
    keyFor: options.keyFor ?? (() => undefined),
  });
  const client = connectHandshake(wires.a, options.target, {
    self: joinerDevice,
    limits: { ...limits, ...options.clientLimits },
    log: (e) => clientLog.push(e),
  });
  // Both sides are awaited by the tests; a refusal is an expected outcome, not an unhandled rejection.
  client.catch(() => undefined);
  server.catch(() => undefined);
  return { wires, client, server, clientLog, serverLog };
}

/** Resolves with the reason once `opened`'s channel closes. */
export function closed(opened: Opened): Promise<string> {
  return new Promise((resolve) => opened.channel.onClose(resolve));
}
