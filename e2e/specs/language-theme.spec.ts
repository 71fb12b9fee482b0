// User story: my computer speaks English but I want Rapport in Swedish, and dark in the evening — chosen
// once in Settings, applied at once to every open window, and still so after a restart.
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';

const background = (page: Page): Promise<string> =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

/** True when an rgb() colour is dark (its mean channel below the middle). */
function isDark(rgb: string): boolean {
  const [r = 255, g = 255, b = 255] = (rgb.match(/\d+/g) ?? []).map(Number);
  return (r + g + b) / 3 < 100;
}

test('svenska chosen in Settings speaks Swedish in every window at once, and after a restart', async ({
  launch,
  dataDir,
}) => {
  const app = await launch();
  const page = await app.firstWindow();
  const nav = page.getByRole('navigation', { name: 'Journal' });
  await expect(nav.getByRole('link', { name: 'Today', exact: true })).toBeVisible();
  await app.tray.clickMenuItem('Quick note…');
  const note = await app.waitForWindow('quick-note.html');
  await expect(note.getByLabel('Quick note')).toBeVisible();

  await journal.goTo(page, 'Settings');
  await page.getByLabel('Language', { exact: true }).selectOption({ label: 'svenska' });
  await expect(nav.getByRole('link', { name: 'Idag', exact: true })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Personer', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByLabel('Språk', { exact: true })).toHaveValue('sv');
  // The quick-note window, open beside it, follows without being touched.
  await expect(note.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(note.getByLabel('Snabbanteckning')).toBeVisible();
  await app.close();

  const again = await launch({ dataDir });
  const reopened = await again.firstWindow();
  const againNav = reopened.getByRole('navigation', { name: 'Journal' });
  await expect(againNav.getByRole('link', { name: 'Idag', exact: true })).toBeVisible();
  await expect(againNav.getByRole('link', { name: 'Personer', exact: true })).toBeVisible();
  await expect(reopened.locator('html')).toHaveAttribute('lang', 'sv');

  // "Same as the system" goes back to the computer's English.
  await againNav.getByRole('link', { name: 'Inställningar', exact: true }).click();
  await reopened.getByLabel('Språk', { exact: true }).selectOption({ label: 'Samma som systemet' });
  await expect(againNav.getByRole('link', { name: 'Today', exact: true })).toBeVisible();
  await expect(reopened.locator('html')).toHaveAttribute('lang', 'en');
});

test('Dark makes every window dark over a light system, and System follows the system again', async ({
  launch,
  dataDir,
}) => {
  const app = await launch();
  const page = await app.firstWindow();
  await page.emulateMedia({ colorScheme: 'light' });
  expect(isDark(await background(page))).toBe(false);
  await app.tray.clickMenuItem('Quick note…');
  const note = await app.waitForWindow('quick-note.html');
  await note.emulateMedia({ colorScheme: 'light' });

  await journal.goTo(page, 'Settings');
  const theme = page.getByLabel('Theme', { exact: true });
  await theme.selectOption({ label: 'Dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(async () => isDark(await background(page))).toBe(true);
  await expect(note.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(async () => isDark(await background(note))).toBe(true);
  await app.close();

  // A restart paints dark from the start.
  const again = await launch({ dataDir });
  const reopened = await again.firstWindow();
  await reopened.emulateMedia({ colorScheme: 'light' });
  await expect(reopened.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(isDark(await background(reopened))).toBe(true);

  await journal.goTo(reopened, 'Settings');
  await reopened.getByLabel('Theme', { exact: true }).selectOption({ label: 'Same as the system' });
  await expect(reopened.locator('html')).not.toHaveAttribute('data-theme', /./);
  await expect.poll(async () => isDark(await background(reopened))).toBe(false);
  await reopened.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(async () => isDark(await background(reopened))).toBe(true);
});
