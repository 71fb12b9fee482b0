// User story (issue 10): my journal has grown over the years. When I open Rapport, the window paints it and
// keeps answering while it loads the rest — because its cache of the journal is kept in pieces, each loaded
// in a short task, not as one update applied in one long one. Then I work as always, and nothing is lost.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type * as Y from 'yjs';
import { generateJournal, scaledSize } from '../../bench/generate';
import { encodeSnapshot } from '../../main/store/record-log';
import * as Yjs from 'yjs';
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';
import { search } from '../support/search-ui';

/** About 1.8 MB of journal: 500 people with their interactions, reflections and events. */
function writeLargeJournal(dataDir: string): string[] {
  const { doc, contactIds } = generateJournal(scaledSize(500), '2026-11-20');
  const people = doc.getMap<Y.Map<unknown>>('contacts');
  const names = contactIds.slice(0, 3).map((id) => String(people.get(id)?.get('name')));
  writeFileSync(join(dataDir, 'journal.snapshot'), encodeSnapshot(Yjs.encodeStateAsUpdate(doc)));
  return names;
}

/** The sizes of the entries in the window's cache of this journal (y-indexeddb's layout: an `updates` store). */
function cacheEntrySizes(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const databases = await indexedDB.databases();
    const name = databases.map((d) => d.name).find((n) => n?.startsWith('rapport-') && n !== 'rapport-browser-journal');
    if (!name) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const values = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction('updates', 'readonly').objectStore('updates').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return values.map((value) => (value as Uint8Array).byteLength);
  });
}

async function findPerson(page: Page, name: string): Promise<void> {
  await journal.showPeople(page);
  await page.getByLabel('Filter by name').fill(name);
  await expect(journal.person(page, name).first()).toBeVisible();
  await page.getByLabel('Filter by name').fill('');
}

test('a large journal is cached in pieces and loads piece by piece at the next start', async ({ launch, dataDir }) => {
  const [first, second] = writeLargeJournal(dataDir) as [string, string];
  const app = await launch();
  const page = await app.firstWindow();
  await findPerson(page, first);
  // The first start received the whole journal from main; its cache keeps it as pieces of about an eighth of a
  // megabyte, not as one 1.8 MB update.
  await expect
    .poll(async () => {
      const sizes = await cacheEntrySizes(page);
      return sizes.length >= 3 && sizes.every((size) => size < 180_000);
    })
    .toBe(true);
  await journal.addContact(page, { name: 'Tove Lindqvist', company: 'Skärgård AB' });
  await journal.expectSaved(page);
  await app.close();

  const again = await launch({ dataDir });
  const page2 = await again.firstWindow();
  await findPerson(page2, second);
  await findPerson(page2, 'Tove Lindqvist');
  // This start loaded its cache an entry per task: at least the three pieces.
  const load = await page2.evaluate(
    () =>
      (performance.getEntriesByName('rapport:cache-load')[0] as PerformanceMeasure | undefined)?.detail as
        { entries: number } | undefined,
  );
  expect(load?.entries).toBeGreaterThanOrEqual(3);
  await journal.addContact(page2, { name: 'Edvin Sundberg', company: 'Nord AB' });
  await journal.expectSaved(page2);
  // Search reads the journal from the same cache, and is sent only what the cache lacks: both the people
  // from the cache and the one added in this window are found.
  for (const name of [second, 'Edvin Sundberg']) {
    await search.openWithKeys(page2);
    await search.box(page2).fill(name);
    await expect(search.group(page2, 'People').filter({ hasText: name }).first()).toBeVisible();
    await page2.keyboard.press('Escape');
    await expect(search.palette(page2)).toBeHidden();
  }
  await again.close();

  const third = await launch({ dataDir });
  const page3 = await third.firstWindow();
  await findPerson(page3, 'Edvin Sundberg');
  await findPerson(page3, first);
  await third.close();
});
