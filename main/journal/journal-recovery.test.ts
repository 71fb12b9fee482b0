// Recovery on a real journal folder (JournalHost, plain Node): every good source is merged, the identity is
// kept when both snapshots are damaged, and a backup of an older epoch is never merged.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { createContact, listContacts } from '@shared/schema';
import { BackupService } from '../backup/backup-service';
import { RestoreService } from '../backup/restore-service';
import { verifyStore } from '../store';
import { JournalHost } from './journal-host';

const dirs: string[] = [];
const hosts: JournalHost[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close().catch(() => undefined);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function open(dir?: string): Promise<{ dir: string; host: JournalHost }> {
  const at = dir ?? mkdtempSync(join(tmpdir(), 'rapport-recovery-'));
  if (!dir) dirs.push(at);
  const host = await JournalHost.open(at);
  hosts.push(host);
  return { dir: at, host };
}

async function close(host: JournalHost): Promise<void> {
  await host.close();
  hosts.splice(hosts.indexOf(host), 1);
}

/** Edits from a window: its own Yjs client, sent to main as one update — as the app receives them. */
function fromWindow(host: JournalHost, name: string): void {
  const window = new Y.Doc();
  Y.applyUpdate(window, Y.encodeStateAsUpdate(host.doc));
  const before = Y.encodeStateVector(window);
  createContact(window, { name });
  Y.applyUpdate(host.doc, Y.encodeStateAsUpdate(window, before));
  window.destroy();
}

const names = (doc: Y.Doc): string[] =>
  listContacts(doc)
    .map((c) => c.name)
    .sort();
const damage = (path: string, edit: (bytes: Uint8Array) => Uint8Array): void =>
  writeFileSync(path, edit(new Uint8Array(readFileSync(path))));

describe('recovery', () => {
  it('keeps the identity from a damaged snapshot and merges the newest backup with both logs', async () => {
    const { dir, host } = await open();
    const { journalId, epoch } = host.identity;
    fromWindow(host, 'Noor');
    await host.store.compact();
    fromWindow(host, 'Elias');
    await new BackupService(dir, host.doc).backupNow('daily');
    fromWindow(host, 'Maja');
    await host.store.compact(); // .prev: Noor; journal.log.prev: Elias, Maja
    fromWindow(host, 'Sam'); // in the live log
    await host.store.whenFlushed();
    await close(host);
    // One flipped bit inside a name: the checksum fails, the rest still says which journal this is.
    damage(join(dir, 'journal.snapshot'), (b) => {
      const at = Buffer.from(b).indexOf('Elias');
      return b.map((x, i) => (i === at ? x ^ 0x01 : x));
    });
    damage(join(dir, 'journal.snapshot.prev'), (b) => b.map(() => 0));

    const verified = await verifyStore(dir);
    expect(verified.ok).toBe(false);
    expect(verified.problems.at(-1)?.message).toContain('can be recovered from');

    const { host: reopened } = await open(dir);
    expect(reopened.identity).toMatchObject({ journalId, epoch });
    expect(names(reopened.doc)).toEqual(['Elias', 'Maja', 'Noor', 'Sam']);
    const recovered = reopened.reports.find((r) => r.kind === 'recovered');
    expect(recovered?.message).toContain('the backup rapport-');
    expect(recovered?.message).toContain('journal.log.prev (2 edits)');
    expect(recovered?.message).toContain('found in the damaged snapshot');
    expect(reopened.reports.filter((r) => r.keptAs).length).toBe(2); // both damaged snapshots kept aside
    await close(reopened);
    expect((await verifyStore(dir)).ok).toBe(true);
  });

  it('finds the identity in the newest backup when no journal file holds it', async () => {
    const { dir, host } = await open();
    const { journalId } = host.identity;
    fromWindow(host, 'Noor');
    await new BackupService(dir, host.doc).backupNow('manual');
    await host.store.compact();
    fromWindow(host, 'Elias');
    await host.store.whenFlushed();
    await close(host);
    damage(join(dir, 'journal.snapshot'), (b) => b.map(() => 0));
    damage(join(dir, 'journal.log.prev'), (b) => b.map(() => 0)); // it held the journal's first edits, meta too

    const { host: reopened } = await open(dir);
    expect(reopened.identity.journalId).toBe(journalId);
    expect(names(reopened.doc)).toEqual(['Elias', 'Noor']);
    expect(reopened.reports.find((r) => r.kind === 'recovered')?.message).toContain('found in the backup');
  });

  it('never merges a backup of an older epoch: what a restore replaced stays replaced', async () => {
    const { dir, host } = await open();
    fromWindow(host, 'Noor');
    const backups = new BackupService(dir, () => host.doc);
    const first = await backups.backupNow('manual');
    fromWindow(host, 'Elias'); // replaced by the restore below; the before-restore backup holds it
    await new RestoreService(host, backups, () => undefined).restore(first.file);
    const { journalId, epoch } = host.identity;
    fromWindow(host, 'Maja');
    await host.store.compact();
    await close(host);
    damage(join(dir, 'journal.snapshot'), (b) => b.map(() => 0));
    damage(join(dir, 'journal.snapshot.prev'), (b) => b.map(() => 0));

    const { host: reopened } = await open(dir);
    expect(reopened.identity).toEqual({ journalId, epoch, schemaVersion: 1 });
    expect(names(reopened.doc)).toEqual(['Maja']); // Noor was only in the two zeroed snapshots
  });

  it('says so when no file holds the identity any more', async () => {
    const { dir, host } = await open();
    fromWindow(host, 'Noor');
    await host.store.compact();
    await host.store.compact(); // the first edits (and meta) now live only in the snapshots
    await close(host);
    damage(join(dir, 'journal.snapshot'), (b) => b.map(() => 0));
    damage(join(dir, 'journal.snapshot.prev'), (b) => b.map(() => 0));
    const { host: reopened } = await open(dir);
    expect(reopened.reports.map((r) => r.kind)).toEqual([
      'corrupt-snapshot',
      'corrupt-snapshot',
      'recovered',
      'identity-lost',
    ]);
    expect(reopened.reports.at(-1)?.message).toContain('continues under a new identity');
  });

  it('recovers the edits after a damaged log record and keeps the damaged log aside', async () => {
    const { dir, host } = await open();
    for (const name of ['A', 'B', 'C', 'D', 'E']) {
      fromWindow(host, name);
      await host.store.whenFlushed();
    }
    await close(host);
    const log = join(dir, 'journal.log');
    const size = readFileSync(log).length;
    // Zero a block in the middle: one or two records lost, the ones after it found again.
    damage(log, (b) => {
      const copy = b.slice();
      copy.fill(0, Math.floor(size * 0.55), Math.floor(size * 0.55) + 16);
      return copy;
    });
    const { host: reopened } = await open(dir);
    const got = names(reopened.doc);
    expect(got.length).toBeGreaterThanOrEqual(4);
    expect(got).toContain('E');
    expect(readdirSync(dir).some((f) => f.startsWith('journal.log.damaged-'))).toBe(true);
  });
});
