// The "last synced" mark: it tells edits made since the last sync (additions and deletions alike) from none,
// survives a restart through its file, and counts a journal of another epoch or id as never synced.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contactsMap, createContact, migrate } from '@shared/schema';
import { at } from '@shared/schema/test-support';
import { cleanTempDirs, tempDir } from '../store/store-test-helpers';
import { EpochMarks, EPOCH_MARK_FILE } from './epoch-marks';

afterEach(cleanTempDirs);

function journal(epoch = 3) {
  const doc = new Y.Doc();
  migrate(doc);
  const id = createContact(doc, { name: 'Noor' }, at('2026-11-20'));
  return { doc, id, identity: { journalId: 'j-1', epoch } };
}

describe('epoch marks', () => {
  it('says whether the journal changed since the last sync, after a restart too', async () => {
    const path = join(tempDir(), EPOCH_MARK_FILE);
    const j = journal();
    const marks = await EpochMarks.open(path);
    expect(marks.editsSinceSync(j)).toBe(true); // never synced
    marks.record(j);
    expect(marks.editsSinceSync(j)).toBe(false);
    await marks.flush();

    const reopened = await EpochMarks.open(path);
    expect(reopened.editsSinceSync(j)).toBe(false);
    contactsMap(j.doc).delete(j.id); // a deletion only: the state vector stays the same
    expect(reopened.editsSinceSync(j)).toBe(true);
    expect(reopened.editsSinceSync({ ...j, identity: { journalId: 'j-1', epoch: 4 } })).toBe(true);
  });

  it('treats an unreadable file as never synced', async () => {
    const path = join(tempDir(), EPOCH_MARK_FILE);
    writeFileSync(path, '{"journalId": 1');
    const marks = await EpochMarks.open(path);
    expect(marks.editsSinceSync(journal())).toBe(true);
  });
});
