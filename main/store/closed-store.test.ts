// A store that was closed — on quit, or by a restore whose reopening then failed — must not say "saved".
import { afterEach, describe, expect, it } from 'vitest';
import { cleanTempDirs, keys, openDoc, tempDir } from './store-test-helpers';

afterEach(cleanTempDirs);

describe('a closed JournalFileStore', () => {
  it('rejects whenFlushed, so an edit made after destroy() is never reported as saved', async () => {
    const dir = tempDir();
    const a = await openDoc(dir);
    a.doc.getMap('m').set('k0', 0);
    await a.store.destroy();
    a.doc.getMap('m').set('k1', 1);
    await expect(a.store.whenFlushed()).rejects.toThrow(/is closed: edits are not being saved/);
    const b = await openDoc(dir);
    expect(keys(b.doc)).toEqual(['k0']);
    await b.store.destroy();
  });
});
