import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createContact, listInbox, trash } from '@shared/schema';
import { at } from '@shared/schema/test-support';
import { JournalHost } from '../journal/journal-host';
import { JournalFileStore } from '../store';
import { readStoreState } from '../store/verify';
import { cleanTempDirs, tempDir } from '../store/store-test-helpers';
import { installFaultyDisk, type FaultyDisk } from '../store/test-fixtures/faulty-disk';
import { saveQuickNote } from './save-quick-note';

let dir: string;
let disk: FaultyDisk;
let host: JournalHost | undefined;
beforeEach(() => {
  dir = tempDir();
  disk = installFaultyDisk(dir);
});
afterEach(async () => {
  disk.heal();
  await host?.close();
  host = undefined;
  disk.uninstall();
  cleanTempDirs();
});

const open = async (): Promise<JournalHost> => {
  host = await JournalHost.open(dir, { openStore: (d) => JournalFileStore.open(d, { retryDelayMs: 10 }) });
  return host;
};

/** The inbox as the journal's files hold it right now, read without the lock. */
async function inboxOnDisk(): Promise<string[]> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await readStoreState(dir)).update);
  return listInbox(doc).map((n) => n.text);
}

describe('saveQuickNote', () => {
  it('resolves only once the note is in the journal files', async () => {
    const journal = await open();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The store's flush is held back: the save must wait for it.
    const slow = {
      doc: journal.doc,
      assertWritable: () => journal.assertWritable(),
      store: { whenFlushed: () => held.then(() => journal.store.whenFlushed()) },
    };
    let done = false;
    const saving = saveQuickNote(slow, { text: '  Ask Ana about the guild\n' }, at('2026-11-30', 10)).then(
      () => (done = true),
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(done).toBe(false);
    release();
    await saving;
    expect(await inboxOnDisk()).toEqual(['Ask Ana about the guild']);
    expect(listInbox(journal.doc)[0]?.createdAt).toBe(at('2026-11-30', 10).toISOString());
  });

  it('rejects with the store’s reason when the disk is full, and the journal reads as before', async () => {
    const journal = await open();
    await saveQuickNote(journal, { text: 'Thank Sam' });
    disk.fail('ENOSPC');
    const error = await saveQuickNote(journal, { text: 'Call Maja' }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^Edits are not being saved: the disk that holds .* is full\./);
    expect(listInbox(journal.doc).map((n) => n.text)).toEqual(['Thank Sam']);
    expect(await inboxOnDisk()).toEqual(['Thank Sam']);
    // Space returns: the store saves what it held, and the failed note does not come back.
    disk.heal();
    await expect
      .poll(() =>
        journal.store.whenFlushed().then(
          () => 'saved',
          () => 'pending',
        ),
      )
      .toBe('saved');
    expect(await inboxOnDisk()).toEqual(['Thank Sam']);
  });

  it('refuses a journal open for reading only, and changes nothing', async () => {
    const journal = await open();
    const readOnly = {
      doc: journal.doc,
      store: journal.store,
      assertWritable: () => {
        throw new Error('This journal was written by a newer version of Rapport.');
      },
    };
    await expect(saveQuickNote(readOnly, { text: 'Call Maja' })).rejects.toThrow(/newer version/);
    expect(listInbox(journal.doc)).toEqual([]);
  });

  it('keeps whom the note is about, and refuses someone no longer in the journal, keeping the journal as it was', async () => {
    const journal = await open();
    const emma = createContact(journal.doc, { name: 'Emma Lind' });
    const gone = createContact(journal.doc, { name: 'Old Friend' });
    trash(journal.doc, 'contacts', gone);
    await saveQuickNote(journal, { text: 'Lunch with Emma', contactIds: [emma] });
    expect(listInbox(journal.doc).map((n) => n.contactIds)).toEqual([[emma]]);
    for (const contactIds of [[gone], [emma, 'nobody']]) {
      await expect(saveQuickNote(journal, { text: 'Who?', contactIds })).rejects.toThrow(
        'Someone you picked is no longer in the journal. Remove them and save again.',
      );
    }
    expect(listInbox(journal.doc).map((n) => n.text)).toEqual(['Lunch with Emma']);
  });
});
