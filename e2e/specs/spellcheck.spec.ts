// User story: on Windows or Linux I want misspelled words underlined. Settings says plainly that turning it
// on fetches the dictionaries once from the internet; only when I choose it does Rapport point the download
// at Electron's dictionary host, for the languages I picked. (macOS checks spelling with the OS: no setting.)
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';

const ELECTRON_DICTIONARY_HOST = 'https://redirector.gvt1.com/edgedl/chrome/dict/';

test('choosing spellchecking in Settings points the dictionary download at Electron’s host', async ({ launch }) => {
  test.skip(process.platform === 'darwin', 'macOS checks spelling with the OS; Settings has no such choice there');
  const app = await launch();
  const page = await app.firstWindow();
  await journal.goTo(page, 'Settings');
  const spelling = page.getByRole('region', { name: 'Spelling' });
  await expect(spelling).toContainText('fetches a dictionary for each language once from the internet');
  const enable = spelling.getByRole('checkbox', { name: /Check spelling/ });
  await expect(enable).not.toBeChecked();
  let recorded = await app.recorded();
  expect(recorded.dictionaryDownloadUrl).toMatch(/^app:\/\/rapport\//);
  expect(recorded.offOriginRequests).toEqual([]);

  await enable.check();
  const languages = spelling.getByRole('group', { name: 'Languages to check' });
  await expect(languages.getByRole('checkbox', { name: 'svenska' })).toBeChecked();
  await languages.getByRole('checkbox', { name: 'English' }).uncheck();
  await expect(languages.getByRole('checkbox', { name: 'svenska' })).toBeDisabled();
  await expect(spelling.getByRole('status')).toContainText('windows opened from now on');

  await expect.poll(async () => (await app.recorded()).spellCheckerLanguages).toEqual(['sv']);
  recorded = await app.recorded();
  expect(recorded.dictionaryDownloadUrl).toBe(ELECTRON_DICTIONARY_HOST);

  // A window opened now checks spelling, so Chromium asks the dictionary host (the stand-in refuses it).
  await page.close(); // into the tray
  await app.tray.clickMenuItem('Open Rapport');
  const reopened = await app.waitForWindow('index.html');
  recorded = await app.recorded();
  expect(recorded.windows.at(-1)?.spellcheck).toBe(true);
  expect(recorded.offOriginRequests.map((r) => [r.source, new URL(r.url).origin])).toContainEqual([
    'spellchecker',
    new URL(ELECTRON_DICTIONARY_HOST).origin,
  ]);

  // Turned off again: back to fetching nothing.
  await journal.goTo(reopened, 'Settings');
  await reopened
    .getByRole('region', { name: 'Spelling' })
    .getByRole('checkbox', { name: /Check spelling/ })
    .uncheck();
  await expect.poll(async () => (await app.recorded()).dictionaryDownloadUrl).toMatch(/^app:\/\/rapport\//);
});
