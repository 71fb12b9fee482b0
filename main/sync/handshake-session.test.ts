// The handshake's promises: a pairing code or a pair key opens a channel without ever crossing the wire, and
// a wrong code, a wrong key, an unpaired device, a malformed or slow handshake are each refused and logged.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HandshakeError } from './handshake-session';
import { PairingOffers, parsePairingCode } from './pairing-code';
import { connectPeers, hostDevice, joinerDevice } from './test-peers';

const refusalOf = (promise: Promise<unknown>): Promise<string> =>
  promise.then(
    () => 'opened',
    (error: unknown) => (error instanceof HandshakeError ? error.reason : String(error)),
  );

function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  return Buffer.from(haystack).includes(Buffer.from(needle));
}

describe('pairing handshake', () => {
  it('opens a channel from the typed code, both sides hold the same new key, and the code never travels', async () => {
    const offers = new PairingOffers();
    const offer = offers.create();
    const peers = connectPeers({ offers, target: { mode: 'pair', secret: parsePairingCode(offer.code) } });
    const [client, server] = await Promise.all([peers.client, peers.server]);
    expect(client.pairKey).toBeDefined();
    expect(client.pairKey).toEqual(server.pairKey);
    expect(client.pairKey).not.toEqual(offer.secret);
    expect(client.channel.peer).toEqual(hostDevice);
    expect(server.channel.peer).toEqual(joinerDevice);

    const received = new Promise<Uint8Array>((resolve) => server.channel.onMessage(resolve));
    client.channel.send(Buffer.from('hello from the laptop'));
    expect(Buffer.from(await received).toString()).toBe('hello from the laptop');

    const everything = [...peers.wires.sent['a-to-b'], ...peers.wires.sent['b-to-a']];
    for (const bytes of everything) {
      expect(containsBytes(bytes, offer.secret)).toBe(false);
      expect(containsBytes(bytes, client.pairKey!)).toBe(false);
      expect(Buffer.from(bytes).toString('latin1')).not.toContain(offer.code);
      expect(Buffer.from(bytes).toString('latin1')).not.toContain('hello from the laptop');
    }
  });

  it('refuses a code the host never gave, and logs it on both sides', async () => {
    const offers = new PairingOffers();
    offers.create();
    const peers = connectPeers({ offers, target: { mode: 'pair', secret: randomBytes(20) } });
    expect(await refusalOf(peers.client)).toBe('code');
    expect(await refusalOf(peers.server)).toBe('code');
    expect(peers.serverLog.map((e) => e.event)).toEqual(['incoming handshake refused: code']);
    expect(peers.clientLog.map((e) => e.event)).toEqual(['outgoing handshake refused: code']);
  });

  it('refuses a code the second time it is used', async () => {
    const offers = new PairingOffers();
    const secret = offers.create().secret;
    await connectPeers({ offers, target: { mode: 'pair', secret } }).client;
    const again = connectPeers({ offers, target: { mode: 'pair', secret } });
    expect(await refusalOf(again.client)).toBe('code');
  });
});

describe('session handshake', () => {
  const key = randomBytes(32);

  it('opens with the pair key and gives each connection its own session keys', async () => {
    const target = { mode: 'session', key, peerDevice: hostDevice.device } as const;
    const first = connectPeers({ target, keyFor: () => key });
    const second = connectPeers({ target, keyFor: () => key });
    await Promise.all([first.client, first.server, second.client, second.server]);
    // The same plaintext under two sessions gives different frames (fresh keys, not only fresh nonces).
    (await first.client).channel.send(Buffer.from('same'));
    (await second.client).channel.send(Buffer.from('same'));
    const frame = (p: typeof first) => p.wires.sent['a-to-b'].at(-1)!;
    expect(Buffer.from(frame(first)).equals(Buffer.from(frame(second)))).toBe(false);
  });

  it('refuses a device that is not paired, and the host logs it', async () => {
    const peers = connectPeers({ target: { mode: 'session', key, peerDevice: hostDevice.device } });
    expect(await refusalOf(peers.server)).toBe('unpaired');
    expect(await refusalOf(peers.client)).toBe('unpaired');
    expect(peers.serverLog[0]).toMatchObject({ level: 'warn', event: 'incoming handshake refused: unpaired' });
  });

  it('refuses a host that holds another key (it cannot prove the shared one)', async () => {
    const peers = connectPeers({
      target: { mode: 'session', key, peerDevice: hostDevice.device },
      keyFor: () => randomBytes(32),
    });
    expect(await refusalOf(peers.client)).toBe('wrong-key');
    expect(peers.clientLog[0]?.event).toBe('outgoing handshake refused: wrong-key');
    expect(await refusalOf(peers.server)).toBe('closed');
  });

  it('refuses a client whose proof is wrong, and the host logs it', async () => {
    const peers = connectPeers({
      target: { mode: 'session', key, peerDevice: hostDevice.device },
      keyFor: () => key,
    });
    peers.wires.tamper = (direction, bytes) => {
      const text = Buffer.from(bytes).toString();
      if (direction !== 'a-to-b' || !text.includes('"finish"')) return [bytes];
      const finish = JSON.parse(text) as { proof: string };
      finish.proof = randomBytes(32).toString('base64');
      return [Buffer.from(JSON.stringify(finish))];
    };
    expect(await refusalOf(peers.server)).toBe('wrong-key');
    expect(peers.serverLog[0]?.event).toBe('incoming handshake refused: wrong-key');
  });

  it('refuses a device that answers in place of the one expected', async () => {
    const peers = connectPeers({
      target: { mode: 'session', key, peerDevice: joinerDevice.device },
      keyFor: () => key,
    });
    expect(await refusalOf(peers.client)).toBe('unexpected-device');
  });

  it('refuses a malformed hello and logs it', async () => {
    const peers = connectPeers({ target: { mode: 'session', key, peerDevice: hostDevice.device }, keyFor: () => key });
    peers.wires.tamper = (direction, bytes) => (direction === 'a-to-b' ? [randomBytes(40)] : [bytes]);
    expect(await refusalOf(peers.server)).toBe('malformed');
    expect(peers.serverLog[0]?.event).toBe('incoming handshake refused: malformed');
  });

  it('gives up on a handshake that takes too long', async () => {
    const peers = connectPeers({
      target: { mode: 'session', key, peerDevice: hostDevice.device },
      keyFor: () => key,
      limits: { handshakeMs: 50 },
    });
    peers.wires.tamper = (direction, bytes) => (direction === 'a-to-b' ? [] : [bytes]); // the hello is lost
    expect(await refusalOf(peers.server)).toBe('timeout');
    expect(peers.serverLog[0]?.event).toBe('incoming handshake refused: timeout');
  });
});
