// User story: my journal is private — a normal session reaches no origin but the app's own, and the
// spellchecker fetches no dictionaries (Windows/Linux); on macOS it uses the OS's own.
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';
import { quickNote } from '../support/quick-note-ui';

const PLACES = [
  'Today',
  'Weekly review',
  'Reflections',
  'Events',
  'People',
  'Pipeline',
  'Goals',
  'Circles',
  'Inbox',
  'Trash',
  'Settings',
  'Your data',
] as const;

test('a normal session starts no request to any origin but the app', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();

  for (const place of PLACES) await journal.goTo(page, place);
  await journal.addContact(page, { name: 'Maja Lind', company: 'Nordljus', role: 'Designer' });
  await page.getByRole('link', { name: 'Maja Lind', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Maja Lind' })).toBeVisible();
  await quickNote.captureFromTray(app, 'Coffee with Maja next week');
  await journal.goTo(page, 'Today');

  const recorded = await app.recorded();
  expect(recorded.offOriginRequests).toEqual([]);
  const osSpellchecker = process.platform === 'darwin';
  expect(recorded.windows.length).toBeGreaterThan(1);
  for (const window of recorded.windows) expect(window.spellcheck).toBe(osSpellchecker);
  if (!osSpellchecker) expect(recorded.dictionaryDownloadUrl).toMatch(/^app:\/\/rapport\//);
});

test('a page cannot reach another origin: the content security policy stops the request before it starts', async ({
  launch,
}) => {
  const app = await launch();
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();

  const reached = await page.evaluate(async () => {
    try {
      await fetch('https://example.com/tracker.gif', { mode: 'no-cors' });
      return true;
    } catch {
      return false;
    }
  });
  expect(reached).toBe(false);
  // Had the policy let it through, the stand-in would have refused it and put it on record here.
  expect((await app.recorded()).offOriginRequests).toEqual([]);
});
