import { describe, expect, it } from 'vitest';
import { advertisedHost, formatAddress, parseAddress } from './address';

describe('host:port', () => {
  it('reads names, IPv4 and bracketed IPv6, and writes them back', () => {
    expect(parseAddress('192.168.1.20:47631')).toEqual({ host: '192.168.1.20', port: 47631 });
    expect(parseAddress(' desk.local:80 ')).toEqual({ host: 'desk.local', port: 80 });
    expect(parseAddress('[fe80::1]:47631')).toEqual({ host: 'fe80::1', port: 47631 });
    expect(formatAddress({ host: 'fe80::1', port: 47631 })).toBe('[fe80::1]:47631');
  });

  it('refuses what is not host:port, with an example', () => {
    for (const bad of ['desk.local', ':80', 'desk:0', 'desk:70000', 'ws://desk:80', 'desk:80/path'])
      expect(() => parseAddress(bad)).toThrow(/write it as host:port, for example/);
  });

  it('shows a specific bind as it is', () => {
    expect(advertisedHost('127.0.0.1')).toBe('127.0.0.1');
  });
});
