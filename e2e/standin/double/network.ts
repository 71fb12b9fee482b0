// Main's own networking under the stand-in: every outgoing connection main's Node code starts (http,
// https, net, tls, fetch) is recorded as an off-origin request and refused, so a spec can assert that main
// never reaches the network. Installed by host.ts before the main bundle loads.
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { records } from './records';

function describeTarget(args: unknown[]): string {
  const [first] = args;
  if (typeof first === 'string') return first;
  if (first instanceof URL) return first.href;
  if (typeof first === 'number') return `tcp://${typeof args[1] === 'string' ? args[1] : 'localhost'}:${first}`;
  if (first && typeof first === 'object') {
    const o = first as { href?: unknown; host?: unknown; hostname?: unknown; port?: unknown; path?: unknown };
    if (typeof o.href === 'string') return o.href;
    const host = typeof o.hostname === 'string' ? o.hostname : typeof o.host === 'string' ? o.host : 'localhost';
    if (typeof o.path === 'string' && o.port === undefined && o.host === undefined) return `unix:${o.path}`;
    return `tcp://${host}:${String(o.port ?? '')}`;
  }
  return String(first);
}

/**
 * A spec that syncs with a `rapport serve` it started on this computer sets RAPPORT_STANDIN_LOOPBACK=1: then
 * connections to 127.0.0.1 (only) go through, and are recorded as `loopbackRequests`; everything else is refused.
 */
const LOOPBACK = /^(tcp|wss?|https?):\/\/127\.0\.0\.1[:/]/;

function refuse(module: object, name: string, label: string): void {
  const original = (module as Record<string, (...args: unknown[]) => unknown>)[name]!;
  Object.defineProperty(module, name, {
    configurable: true,
    writable: true,
    value: (...args: unknown[]): unknown => {
      const url = describeTarget(args);
      if (process.env.RAPPORT_STANDIN_LOOPBACK === '1' && LOOPBACK.test(url)) {
        (records.loopbackRequests ??= []).push(url);
        return original.apply(module, args);
      }
      records.offOriginRequests.push({ source: 'main', url });
      throw new Error(`${label}(${url}) refused: the stand-in's main process is offline`);
    },
  });
}

export function guardMainNetwork(): void {
  refuse(http, 'request', 'http.request');
  refuse(http, 'get', 'http.get');
  refuse(https, 'request', 'https.request');
  refuse(https, 'get', 'https.get');
  refuse(net, 'connect', 'net.connect');
  refuse(net, 'createConnection', 'net.createConnection');
  refuse(tls, 'connect', 'tls.connect');
  const fetchRefused = (input: string | URL | Request): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    records.offOriginRequests.push({ source: 'main', url });
    return Promise.reject(new TypeError(`fetch(${url}) refused: the stand-in's main process is offline`));
  };
  globalThis.fetch = fetchRefused as typeof fetch;
}
