// The open channel refuses what an attacker on the network could do with frames — replay, reorder, change,
// flood, oversize — by closing that connection and logging it, and hands on only whole, authentic messages.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { SyncLimits } from './limits';
import { closed, connectPeers, hostDevice } from './test-peers';

const key = randomBytes(32);

async function openPair(limits?: Partial<SyncLimits>, clientLimits?: Partial<SyncLimits>) {
  const target = { mode: 'session', key, peerDevice: hostDevice.device } as const;
  const peers = connectPeers({ target, keyFor: () => key, limits, clientLimits });
  const [client, server] = await Promise.all([peers.client, peers.server]);
  const received: string[] = [];
  server.channel.onMessage((m) => received.push(Buffer.from(m).toString()));
  return { ...peers, client, server, received };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('secure channel', () => {
  it('carries messages larger than a frame, whole and in order', async () => {
    const { client, server, wires } = await openPair({ maxFrameBytes: 256 });
    const big = randomBytes(2000);
    const got = new Promise<Uint8Array>((resolve) => server.channel.onMessage(resolve));
    client.channel.send(big);
    expect(Buffer.from(await got).equals(big)).toBe(true);
    expect(wires.sent['a-to-b'].length).toBeGreaterThan(8);
    expect(wires.sent['a-to-b'].every((f) => f.length <= 256)).toBe(true);
  });

  it('refuses a replayed frame: the message arrives once and the connection closes', async () => {
    const pair = await openPair();
    pair.wires.tamper = (direction, bytes) => (direction === 'a-to-b' ? [bytes, bytes] : [bytes]);
    const ended = closed(pair.server);
    pair.client.channel.send(Buffer.from('once'));
    expect(await ended).toMatch(/already received/);
    expect(pair.received).toEqual(['once']);
    expect(pair.serverLog.map((e) => e.event)).toContain('frame refused: replayed');
  });

  it('refuses frames out of order', async () => {
    const pair = await openPair();
    const held: Uint8Array[] = [];
    pair.wires.tamper = (direction, bytes) => {
      if (direction !== 'a-to-b') return [bytes];
      if (held.length === 0) {
        held.push(bytes);
        return [];
      }
      return [bytes, ...held];
    };
    const ended = closed(pair.server);
    pair.client.channel.send(Buffer.from('first'));
    pair.client.channel.send(Buffer.from('second'));
    expect(await ended).toMatch(/came before/);
    expect(pair.received).toEqual([]);
    expect(pair.serverLog.map((e) => e.event)).toContain('frame refused: out-of-order');
  });

  it('refuses a changed frame', async () => {
    const pair = await openPair();
    pair.wires.tamper = (direction, bytes) => {
      if (direction !== 'a-to-b') return [bytes];
      const changed = Uint8Array.from(bytes);
      changed[10]! ^= 0x01;
      return [changed];
    };
    const ended = closed(pair.server);
    pair.client.channel.send(Buffer.from('genuine'));
    expect(await ended).toMatch(/failed authentication/);
    expect(pair.received).toEqual([]);
    expect(pair.serverLog.map((e) => e.event)).toContain('frame refused: forged');
  });

  it('refuses a frame sealed with another key', async () => {
    const pair = await openPair();
    const other = await openPair();
    pair.wires.tamper = (direction, bytes) => (direction === 'a-to-b' ? [other.wires.sent['a-to-b'].at(-1)!] : [bytes]);
    other.client.channel.send(Buffer.from('from another session'));
    await tick();
    const ended = closed(pair.server);
    pair.client.channel.send(Buffer.from('x'));
    expect(await ended).toMatch(/failed authentication/);
    expect(pair.received).toEqual([]);
  });

  it('refuses an oversized frame', async () => {
    const pair = await openPair({ maxFrameBytes: 128 });
    pair.wires.tamper = (direction, bytes) => (direction === 'a-to-b' ? [randomBytes(129)] : [bytes]);
    const ended = closed(pair.server);
    pair.client.channel.send(Buffer.from('x'));
    expect(await ended).toMatch(/over the limit/);
    expect(pair.serverLog.map((e) => e.event)).toContain('frame refused: too-large');
  });

  it('refuses a message that would grow over the message limit', async () => {
    // A sender that allows itself more than the host does.
    const pair = await openPair({ maxFrameBytes: 128, maxMessageBytes: 300 }, { maxMessageBytes: 10_000 });
    const ended = closed(pair.server);
    pair.client.channel.send(randomBytes(1000));
    expect(await ended).toMatch(/grew over the limit/);
    expect(pair.received).toEqual([]);
  });

  it('closes a connection that sends faster than the rate limit', async () => {
    const pair = await openPair({ burstFrames: 5, framesPerSecond: 1 });
    const ended = closed(pair.server);
    for (let i = 0; i < 10; i += 1) pair.client.channel.send(Buffer.from(`m${i}`));
    expect(await ended).toMatch(/faster than allowed/);
    expect(pair.received.length).toBeLessThanOrEqual(5);
    expect(pair.serverLog.map((e) => e.event)).toContain('rate limit');
  });

  it('closes a connection that falls silent, and pings keep a quiet one open', async () => {
    const quiet = await openPair({ idleMs: 150 });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(quiet.server.channel.open).toBe(true); // pings every 50 ms kept it alive

    const pair = await openPair({ idleMs: 150 });
    pair.wires.tamper = (direction, bytes) => (direction === 'a-to-b' ? [] : [bytes]); // the client's frames are lost
    expect(await closed(pair.server)).toMatch(/silent too long/);
  });
});
