// User story: the power goes right after Rapport said "Saved". What I wrote is in the journal's own files —
// not only in the window's cache — so it is there after a crash even when that cache is gone.
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../fixtures/test';
import { REPO_ROOT } from '../fixtures/launch-app';
import { journal } from '../support/journal-ui';

/** `rapport stats --json` on the data folder: what main's store holds, read without any window. */
function storedCounts(dataDir: string): { contacts: number; inbox: number } {
  const cli = spawnSync(
    process.execPath,
    [join(REPO_ROOT, 'main', 'cli', 'bin.cjs'), '--data-dir', dataDir, 'stats', '--json'],
    {
      encoding: 'utf8',
    },
  );
  expect(cli.status, cli.stderr).toBe(0);
  return JSON.parse(cli.stdout) as { contacts: number; inbox: number };
}

/** The window's own replica (IndexedDB) lives in the app profile inside the data folder. */
async function deleteWindowCache(dataDir: string): Promise<void> {
  await rm(join(dataDir, '.app-profile'), { recursive: true, force: true });
}

test('a person added just before a crash is in the journal files, with the window cache gone', async ({
  launch,
  dataDir,
}) => {
  const app = await launch();
  const page = await app.firstWindow();
  await journal.goTo(page, 'People');
  await journal.addContact(page, { name: 'Ingrid Sjöberg', company: 'Fjäll & Co' });
  await journal.expectSaved(page);
  await app.kill();

  await deleteWindowCache(dataDir);
  expect(storedCounts(dataDir).contacts).toBe(1);

  const again = await launch();
  const page2 = await again.firstWindow();
  await journal.goTo(page2, 'People');
  await expect(journal.person(page2, 'Ingrid Sjöberg')).toBeVisible();
});
