// The relay from the command line, as child processes on loopback: a real @y/websocket-server; folder A sets a
// relay and serves; folder B pairs with A and receives the relay; with A's serve stopped, both edit offline and
// `rapport sync --once` (A, B, A) brings them in step through the relay alone. The room holds no plaintext.
// Needs `npm run build` first.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
import { readRoom, startTestRelay } from '../sync/relay/relay-test-server';
import { editOffline, hostScratch, rapport, readFolder } from './two-hosts';

const ROOM = 'rapport-cli-test-room';
const { temp, serve, stopLater } = hostScratch('rapport-relay-cli-');

/** The relay part of a folder's device file, as the CLI keeps it (the key readable by its owner only). */
function relayOf(dir: string): { url: string; room: string; key: string } | undefined {
  const file = JSON.parse(readFileSync(join(dir, '.app-profile', 'sync-devices.json'), 'utf8')) as {
    relay?: { url: string; room: string; key: string };
  };
  return file.relay;
}

describe('rapport and a relay', () => {
  it('a folder paired with a serve that has a relay syncs with it through the relay alone', async () => {
    const relay = await startTestRelay(temp());
    stopLater(() => relay.stop());
    const a = temp();
    const b = join(temp(), 'B');
    let contact = '';
    let note = '';
    await editOffline(a, (doc) => {
      migrate(doc);
      contact = createContact(doc, { name: 'Maja Lind' }, at('2026-11-02'));
      note = createReflection(doc, { title: 'Shared note' }, at('2026-11-02'), () => paragraphs('First line'));
    });

    const set = await rapport(['--data-dir', a, 'relay', 'set', relay.url, '--room', ROOM]);
    expect(set.err).toBe('');
    expect(set.code).toBe(0);
    expect(set.out).toContain(`Relay set: ${relay.url}, room ${ROOM}.`);
    const key = relayOf(a)!.key;
    const shown = await rapport(['--data-dir', a, 'relay']);
    expect(shown.code).toBe(0);
    expect(shown.out).toContain(`Relay: ${relay.url}\nRoom: ${ROOM}\n`);
    expect(shown.out).toContain('Connection: the relay can be reached now.');
    expect(shown.out + shown.err).not.toContain(key);

    const served = await serve(a);
    await served.until(() => served.out.includes(`Relay ${relay.url}: up to date`), 'the serve to sync with the relay');
    const joined = await rapport(['--data-dir', b, 'pair', served.code, '--address', served.address]);
    expect(joined.err).toBe('');
    expect(joined.code).toBe(0);
    expect(joined.out).toContain(`relay: ${relay.url} (room ${ROOM})`);
    expect(relayOf(b)).toMatchObject({ url: relay.url, room: ROOM, key });
    expect(await served.stop()).toBe(0);

    // Both edit while nothing connects them: new contacts, the same contact's fields, the same note.
    const edits = (side: 'A' | 'B') => (doc: Y.Doc) => {
      for (let i = 0; i < 40; i += 1) {
        createContact(doc, { name: `${side} person ${i}` }, at('2026-11-10'));
        updateContact(
          doc,
          contact,
          side === 'A' ? { company: `A co ${i}` } : { role: `B role ${i}` },
          at('2026-11-10'),
        );
        reflectionBody(doc, note).push(paragraphs(`${side} line ${i}`));
      }
    };
    await editOffline(a, edits('A'));
    await editOffline(b, edits('B'));

    const first = await rapport(['--data-dir', a, 'sync', '--once']);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(new RegExp(`Relay ${relay.url} \\(room ${ROOM}\\): in step — sent [1-9][\\d,]* bytes`));
    // B also reaches for A's serve, which is not running: said plainly, and the relay still brings it in step.
    const second = await rapport(['--data-dir', b, 'sync', '--once']);
    expect(second.code).toBe(1);
    expect(second.err).toMatch(/not in step — .*Nothing is lost/);
    expect(second.out).toMatch(/: in step — sent [1-9][\d,]* bytes, received [1-9][\d,]* bytes; [1-9]\d* updates?/);
    const third = await rapport(['--data-dir', a, 'sync', '--once']);
    expect(third.code).toBe(0);
    expect(third.out).toMatch(/: in step — sent [\d,]+ bytes, received [1-9][\d,]* bytes; [1-9]\d* updates?/);

    const [docA, docB] = [await readFolder(a), await readFolder(b)];
    expect(Y.equalSnapshots(Y.snapshot(docA), Y.snapshot(docB))).toBe(true);
    const names = listContacts(docA).map((c) => c.name);
    for (let i = 0; i < 40; i += 1) expect(names).toEqual(expect.arrayContaining([`A person ${i}`, `B person ${i}`]));
    expect(getContact(docB, contact)).toMatchObject({ company: 'A co 39', role: 'B role 39' });
    expect(plainText(reflectionBody(docA, note)).split('\n')).toHaveLength(81);

    // The relay holds ciphertext only: in the room as a plain Yjs client reads it, and on its disk.
    const journalId = readMeta(docA).journalId;
    expect(journalId).toMatch(/^[\w-]{8,}$/);
    const plain = ['Maja Lind', 'A person 7', 'B person 7', 'B line 3', 'Shared note', journalId!];
    const room = Buffer.from(await readRoom(relay.url, ROOM));
    expect(room.length).toBeGreaterThan(1000);
    for (const text of plain) expect(room.includes(Buffer.from(text))).toBe(false);
    expect(room.includes(Buffer.from(key, 'base64'))).toBe(false);
    await relay.stop();
    const files = readdirSync(relay.dataDir).map((f) => readFileSync(join(relay.dataDir, f)));
    for (const file of files) for (const text of plain) expect(file.includes(Buffer.from(text))).toBe(false);
  }, 90_000);

  it('says so and exits 1 when the relay cannot be reached, and a bad address is refused', async () => {
    const relay = await startTestRelay(temp());
    const a = temp();
    await editOffline(a, (doc) => migrate(doc));
    const help = await rapport(['relay', '--help']);
    expect(help.out).toContain('relay set URL [--room ROOM]');
    expect((await rapport(['--help'])).out).toMatch(/relay \[set URL \[--room ROOM\] \| off\]/);
    expect((await rapport(['--data-dir', a, 'relay', 'frob'])).code).toBe(2);
    const bad = await rapport(['--data-dir', a, 'relay', 'set', 'https://example.org/']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('is not a relay address');
    expect(existsSync(join(a, '.app-profile', 'sync-devices.json')) && relayOf(a)).toBeFalsy();
    expect((await rapport(['--data-dir', a, 'relay', 'set', relay.url])).code).toBe(0);
    expect(relayOf(a)!.room).toMatch(/^rapport-/);
    await relay.stop();
    const unreachable = await rapport(['--data-dir', a, 'sync', '--once'], 40_000);
    expect(unreachable.code).toBe(1);
    expect(unreachable.err).toContain(`Relay ${relay.url}`);
    expect(unreachable.err).toContain('could not be reached within 15 seconds');
    const off = await rapport(['--data-dir', a, 'relay', 'off']);
    expect(off.code).toBe(0);
    expect(relayOf(a)).toBeUndefined();
    expect((await rapport(['--data-dir', a, 'relay'])).out).toContain('No relay is set.');
  }, 60_000);
});
