// The DNS-SD record mapping only (no socket is opened): what is published, and which found services count.
import { describe, expect, it } from 'vitest';
import { fromService, SERVICE_TYPE, toService } from './bonjour-discovery';
import { deviceTag } from './discovery';

const tag = deviceTag('2b1f6c7e-0000-4000-8000-000000000001');

describe('bonjour discovery records', () => {
  it('publishes _rapport-sync._tcp with only the tag in TXT, and names no computer', () => {
    const service = toService({ deviceId: tag, port: 47631 });
    expect(service).toMatchObject({ type: SERVICE_TYPE, protocol: 'tcp', port: 47631, txt: { id: tag } });
    expect(Object.keys(service.txt!)).toEqual(['id']);
    expect(service.name).toBe(`Rapport ${tag.slice(0, 12)}`);
    expect(service.host).toBe(`rapport-${tag.slice(0, 12)}.local`);
  });

  it('reads the tag, an IPv4 address and the port; refuses anything else', () => {
    const found = { port: 47631, txt: { id: tag }, addresses: ['fe80::1', '192.168.1.20'] };
    expect(fromService(found)).toEqual({ deviceId: tag, host: '192.168.1.20', port: 47631 });
    expect(fromService({ ...found, txt: { id: Buffer.from(tag) } })?.deviceId).toBe(tag);
    const referer = { address: '10.0.0.5', family: 'IPv4' as const, port: 5353, size: 0 };
    expect(fromService({ ...found, addresses: [], referer })?.host).toBe('10.0.0.5');
    expect(fromService({ ...found, txt: { id: 'Anna' } })).toBeUndefined();
    expect(fromService({ ...found, txt: undefined })).toBeUndefined();
    expect(fromService({ ...found, port: 0 })).toBeUndefined();
    expect(fromService({ ...found, addresses: [] })).toBeUndefined();
  });
});
