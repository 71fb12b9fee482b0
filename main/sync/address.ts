// host:port as the user types it and as Settings shows it, and the address a listening host tells others.
import { mt } from '../app/main-i18n';
import { networkInterfaces } from 'node:os';

export interface HostPort {
  host: string;
  port: number;
}

/** Parses `192.168.1.20:47631`, `desk.local:47631` or `[fe80::1]:47631`; a sentence names what is wrong. */
export function parseAddress(text: string): HostPort {
  const match = /^\s*(?:\[([0-9a-fA-F:.]+)\]|([A-Za-z0-9.-]+)):(\d{1,5})\s*$/.exec(text);
  const port = match ? Number(match[3]) : NaN;
  if (!match || port < 1 || port > 65535) throw new Error(mt('sync.notAnAddress', { text }));
  return { host: (match[1] ?? match[2])!, port };
}

export function formatAddress({ host, port }: HostPort): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** The address to show for a server bound to `host`: a wildcard bind shows this computer's first LAN address. */
export function advertisedHost(host: string): string {
  if (host !== '0.0.0.0' && host !== '::') return host;
  for (const entries of Object.values(networkInterfaces()))
    for (const entry of entries ?? []) if (entry.family === 'IPv4' && !entry.internal) return entry.address;
  return '127.0.0.1';
}
