// Two hosts as child processes, each with its own data folder: `rapport serve` in A, `pair` and `sync --once`
// from B. Offline edits on both converge with every edit kept, a network cut mid-message (the serve killed
// there) resumes with nothing lost, and hostile input over a raw socket (random bytes, a wrong key, a
// replayed frame, an oversized frame, an unpaired device) is refused with A's journal unchanged. Loopback
// only. Needs `npm run build` first.
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import {
  createContact,
  createReflection,
  getContact,
  listContacts,
  migrate,
  paragraphs,
  plainText,
  readMeta,
  reflectionBody,
  updateContact,
} from '@shared/schema';
import { at } from '@shared/schema/test-support';
import { DEFAULT_LIMITS } from '../sync/limits';
import { connectHandshake, HandshakeError } from '../sync/handshake-session';
import { connectSocket } from '../sync/sockets';
import { parseAddress } from '../sync/address';
import { wsWire, type Wire } from '../sync/wire';
import { CuttableLink, deviceFile, editOffline, hostScratch, rapport, readFolder, type Served } from './two-hosts';

const { temp, serve, stopLater } = hostScratch('rapport-two-hosts-');

/** A with one shared contact and one shared reflection, served; B (empty) paired with it. */
async function paired(
  via: (served: Served) => string = (served) => served.address,
): Promise<{ a: string; b: string; served: Served; contact: string; note: string }> {
  const a = temp();
  const b = join(temp(), 'B'); // a folder that does not exist yet: pairing creates it
  let contact = '';
  let note = '';
  await editOffline(a, (doc) => {
    migrate(doc);
    contact = createContact(doc, { name: 'Maja Lind' }, at('2026-11-02'));
    note = createReflection(doc, { title: 'Shared note' }, at('2026-11-02'), () => paragraphs('First line'));
  });
  const served = await serve(a);
  const joined = await rapport(['--data-dir', b, 'pair', served.code, '--address', via(served)]);
  expect(joined.err).toBe('');
  expect(joined.code).toBe(0);
  expect(joined.out).toContain("This folder's journal was empty, so it took");
  expect(joined.out).toMatch(/in step — sent \d+ bytes, received \d+ bytes/);
  expect(statSync(join(b, '.app-profile', 'sync-devices.json')).mode & 0o777).toBe(0o600);
  await served.until(() => served.out.includes('Paired with'), 'the pairing on the serve side');
  return { a, b, served, contact, note };
}

/** `n` edits through the schema: new contacts, the shared contact's fields and notes, the shared reflection. */
function edits(side: 'A' | 'B', contact: string, note: string, n: number) {
  return (doc: Y.Doc): void => {
    for (let i = 0; i < n; i += 1) {
      createContact(doc, { name: `${side} person ${i}` }, at('2026-11-10'));
      updateContact(doc, contact, side === 'A' ? { company: `A co ${i}` } : { role: `B role ${i}` }, at('2026-11-10'));
      reflectionBody(doc, note).push(paragraphs(`${side} line ${i}`));
    }
  };
}

describe('rapport serve and sync, two hosts', () => {
  it('pairs, then edits made offline on both converge with every edit present', async () => {
    const { a, b, served, contact, note } = await paired();
    expect((await served.stop()) === 0).toBe(true);
    expect(served.out).toContain('Stopped. The journal is saved.');
    await editOffline(a, edits('A', contact, note, 150));
    await editOffline(b, edits('B', contact, note, 150));
    const again = await serve(a, served.port);
    const synced = await rapport(['--data-dir', b, 'sync', '--once']);
    expect(synced.code).toBe(0);
    expect(synced.out).toMatch(/in step — sent [\d,]+ bytes, received [\d,]+ bytes; [1-9]\d* updates?/);
    // While serve holds A, the CLI says plainly that another process syncs it.
    const locked = await rapport(['--data-dir', a, 'sync', '--once']);
    expect(locked.code).toBe(3);
    expect(locked.err).toContain('it is that process that syncs it');
    await again.stop();
    const [docA, docB] = [await readFolder(a), await readFolder(b)];
    expect(Y.equalSnapshots(Y.snapshot(docA), Y.snapshot(docB))).toBe(true);
    const names = listContacts(docA).map((c) => c.name);
    for (let i = 0; i < 150; i += 1) expect(names).toEqual(expect.arrayContaining([`A person ${i}`, `B person ${i}`]));
    expect(getContact(docA, contact)).toMatchObject({ company: 'A co 149', role: 'B role 149' });
    const lines = plainText(reflectionBody(docB, note)).split('\n');
    expect(lines).toHaveLength(301);
    for (let i = 0; i < 150; i += 1) expect(lines).toEqual(expect.arrayContaining([`A line ${i}`, `B line ${i}`]));
    const devices = await rapport(['--data-dir', b, 'devices']);
    expect(devices.out).toMatch(/last synced 20\d\d-.*\tok\t127\.0\.0\.1:\d+/);
  }, 40_000);

  it('a network cut in the middle of a sync, the serve killed there, resumes after a restart with nothing lost', async () => {
    let port = 0;
    const link = await CuttableLink.start(() => port);
    stopLater(() => link.close());
    const { a, b, served, contact, note } = await paired((s) => ((port = s.port), link.address));
    await served.stop();
    await editOffline(a, edits('A', contact, note, 400));
    await editOffline(b, edits('B', contact, note, 1500));
    const cut = await serve(a, port);
    let killed: Promise<number> | undefined;
    // 60 kB towards A is well inside B's catch-up message (its 1,500 edits): the cut lands mid-message.
    link.arm(60_000, () => (killed = cut.stop('SIGKILL')));
    const interrupted = await rapport(['--data-dir', b, 'sync', '--once']);
    expect(killed).toBeDefined();
    await killed;
    expect(interrupted.code).toBe(1);
    expect(interrupted.err).toContain('not in step');
    expect(interrupted.err).toContain('Nothing is lost');
    // Half a message is never applied: A holds none of B's new edits yet, and opens cleanly.
    expect(listContacts(await readFolder(a)).filter((c) => c.name.startsWith('B person'))).toHaveLength(0);
    const restarted = await serve(a, port);
    const resumed = await rapport(['--data-dir', b, 'sync', '--once']);
    expect(resumed.code).toBe(0);
    await restarted.stop();
    const [docA, docB] = [await readFolder(a), await readFolder(b)];
    expect(Y.equalSnapshots(Y.snapshot(docA), Y.snapshot(docB))).toBe(true);
    expect(listContacts(docA).filter((c) => c.name.startsWith('B person'))).toHaveLength(1500);
    expect(listContacts(docB).filter((c) => c.name.startsWith('A person'))).toHaveLength(400);
    expect(plainText(reflectionBody(docA, note)).split('\n')).toHaveLength(1 + 400 + 1500);
  }, 40_000);

  it('refuses random bytes, a wrong key, a replayed frame, an oversized frame and unpaired devices', async () => {
    const { a, b, served } = await paired();
    await served.stop();
    const before = await readFolder(a);
    const host = await serve(a, served.port);
    const self = deviceFile(b);
    const theirs = deviceFile(a);
    const key = Buffer.from(self.peers[0]!.key, 'base64');

    expect(await rawClose(host.address, (ws) => ws.send(randomBytes(300)))).toBeGreaterThan(0);
    await host.until(() => host.err.includes('incoming handshake refused: malformed'), 'random bytes refused');

    const hello = { t: 'hello', v: 1, mode: 'session', device: self.device, name: self.name };
    await rawClose(host.address, (ws) => {
      ws.send(Buffer.from(JSON.stringify({ ...hello, nonce: randomBytes(32).toString('base64') })));
      ws.once('message', () =>
        ws.send(Buffer.from(JSON.stringify({ t: 'finish', proof: randomBytes(32).toString('base64') }))),
      );
    });
    await host.until(() => host.err.includes('incoming handshake refused: wrong-key'), 'the wrong key refused');

    // A real session as B, then one of its sealed frames sent a second time.
    const socket = await connectSocket(parseAddress(host.address), DEFAULT_LIMITS);
    const base = wsWire(socket);
    const sent: Uint8Array[] = [];
    const recording: Wire = {
      send: (bytes) => (sent.push(bytes), base.send(bytes)),
      close: (reason) => base.close(reason),
      onMessage: (listener) => base.onMessage(listener),
      onClose: (listener) => base.onClose(listener),
      get closed() {
        return base.closed;
      },
    };
    const target = { mode: 'session' as const, key, peerDevice: theirs.device };
    const common = { self: { device: self.device, name: self.name }, limits: DEFAULT_LIMITS, log: () => undefined };
    const opened = await connectHandshake(recording, target, common);
    const meta = readMeta(before);
    opened.channel.send(
      Buffer.concat([Buffer.from([0]), Buffer.from(JSON.stringify({ journalId: meta.journalId, epoch: meta.epoch }))]),
    );
    const closed = new Promise((resolve) => opened.channel.onClose(resolve));
    socket.send(sent.at(-1)!);
    await closed;
    await host.until(() => /frame refused/.test(host.err), 'the replayed frame refused');

    expect(await rawClose(host.address, (ws) => ws.send(randomBytes(DEFAULT_LIMITS.maxFrameBytes + 1)))).toBe(1009);

    const stranger = { device: randomUUID(), name: 'Stranger' };
    const unpaired = connectHandshake(
      wsWire(await connectSocket(parseAddress(host.address), DEFAULT_LIMITS)),
      { mode: 'session', key: randomBytes(32), peerDevice: theirs.device },
      { ...common, self: stranger },
    );
    await expect(unpaired).rejects.toSatisfy((e) => e instanceof HandshakeError && e.reason === 'unpaired');

    // Still serving the paired device; then A unpairs B, and B is refused from then on.
    expect((await rapport(['--data-dir', b, 'sync', '--once'])).code).toBe(0);
    await host.stop();
    const untouched = await readFolder(a);
    expect(Y.equalSnapshots(Y.snapshot(before), Y.snapshot(untouched))).toBe(true);
    expect((await rapport(['--data-dir', a, 'unpair', self.name])).out).toContain(`Unpaired ${self.name}`);
    await editOffline(b, (doc) => createContact(doc, { name: 'Only on B' }, at('2026-11-12')));
    const after = await serve(a, served.port);
    const refused = await rapport(['--data-dir', b, 'sync', '--once']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('not in step');
    await after.stop();
    expect(after.err).toContain('incoming handshake refused: unpaired');
    expect(listContacts(await readFolder(a)).map((c) => c.name)).not.toContain('Only on B');
  }, 40_000);

  it('a folder with its own journal pairs only with --merge: backed up, merged into the other journal, synced', async () => {
    const a = temp();
    await editOffline(a, (doc) => {
      migrate(doc);
      createContact(doc, { name: 'On the server' }, at('2026-11-02'));
    });
    const b = temp();
    await editOffline(b, (doc) => {
      migrate(doc);
      createContact(doc, { name: 'On the laptop' }, at('2026-11-03'));
    });
    const served = await serve(a);
    const asked = await rapport(['--data-dir', b, 'pair', served.code, '--address', served.address]);
    expect(asked.code).toBe(1);
    expect(asked.err).toContain("This folder's journal already holds 1 contact. Pairing backs it up");
    expect(existsSync(join(b, '.app-profile', 'sync-devices.json'))).toBe(false);
    const merged = await rapport(['--data-dir', b, 'pair', served.code, '--address', served.address, '--merge']);
    expect(merged.code).toBe(0);
    expect(merged.out).toMatch(/This folder's journal \(1 contact\) was backed up as .*before-pairing\.rapport,/);
    expect(merged.out).toContain('This folder now holds that journal: 2 contacts.');
    await served.stop();
    const [docA, docB] = [await readFolder(a), await readFolder(b)];
    expect(readMeta(docB).journalId).toBe(readMeta(docA).journalId);
    for (const doc of [docA, docB])
      expect(listContacts(doc).map((c) => c.name)).toEqual(['On the laptop', 'On the server']);
  }, 20_000);

  it('devices and serve say which pairings the command line cannot use, and sync names the one it could not sync', async () => {
    const a = temp();
    await editOffline(a, (doc) => migrate(doc));
    await mkdir(join(a, '.app-profile'));
    const peer = { device: randomUUID(), name: 'Desk', pairedAt: '2026-11-01T08:00:00.000Z' };
    const file = { version: 1, device: randomUUID(), name: 'Laptop', enabled: false, port: 0 };
    const sealed = { ...peer, key: 'c2VhbGVk', sealedWith: 'safe-storage', address: '127.0.0.1:9' };
    const opened = { ...peer, device: randomUUID(), name: 'Tablet', key: randomBytes(32).toString('base64') };
    await writeFile(
      join(a, '.app-profile', 'sync-devices.json'),
      JSON.stringify({ ...file, peers: [sealed, { ...opened, sealedWith: 'file-permissions' }] }),
      { mode: 0o600 },
    );
    const listed = await rapport(['--data-dir', a, 'devices']);
    expect(listed.out).toContain('This device: Laptop');
    expect(listed.out).toContain('Desk\tnot synced yet\tpaired in the app: its key is in the system keychain');
    expect(listed.out).toContain('Tablet\tnot synced yet\tok');
    const served = await serve(a);
    expect(served.out).toContain('Desk paired in the app, whose keys are in the system keychain');
    await served.stop();
    const once = await rapport(['--data-dir', a, 'sync', '--once']);
    expect(once.code).toBe(1); // Desk is the only device with an address, and its key cannot be opened here
    expect(once.err).toContain('Desk (127.0.0.1:9): not in step');
  }, 20_000);

  it('refuses a wrong or used code with exit 1 and stores nothing', async () => {
    const a = temp();
    await editOffline(a, (doc) => migrate(doc));
    const served = await serve(a);
    const b = join(temp(), 'B');
    const wrong = await rapport([
      '--data-dir',
      b,
      'pair',
      '0000-0000-0000-0000-0000-0000-0000-0000',
      '--address',
      served.address,
    ]);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('Nothing was stored.');
    expect(existsSync(b)).toBe(false);
    await served.until(() => served.out.match(/Pairing code: /g)!.length === 2, 'a new code after the wrong attempt');
    expect(deviceFile(a).peers).toEqual([]);
  }, 20_000);
});

/** Opens a raw ws to `address`, does `act`, and resolves with the close code the server gave. */
function rawClose(address: string, act: (ws: WebSocket) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://${address}/`, { perMessageDeflate: false, maxPayload: 4 * 1024 * 1024 });
    const timer = setTimeout(() => reject(new Error('the server kept a hostile connection open')), 8000);
    ws.on('open', () => act(ws));
    ws.on('error', () => undefined);
    ws.on('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}
