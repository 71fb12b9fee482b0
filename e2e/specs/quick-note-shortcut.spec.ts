// User story: another app already uses Ctrl+Shift+Space on my computer, so I pick my own shortcut for the
// quick note in Settings. Rapport says plainly when the system refuses one and offers combinations that work.
import { test, expect } from '../fixtures/test';
import type { Page } from '@playwright/test';
import type { RapportApp } from '../fixtures/rapport-app';
import { journal } from '../support/journal-ui';
import { quickNote } from '../support/quick-note-ui';

const shortcutField = (page: Page) => page.getByRole('textbox', { name: 'Shortcut' });
const shortcutState = (page: Page) => page.getByRole('region', { name: 'Quick note shortcut' }).getByRole('status');

/** What the File menu, the tray and the keyboard-shortcut list say opens the quick note. */
async function shownEverywhere(app: RapportApp, page: Page): Promise<[string | null, string | null, string]> {
  const file = await app.shortcuts.inMenu('app', 'File > Quick note…');
  const tray = await app.shortcuts.inMenu('tray', 'Quick note…');
  await page.getByRole('button', { name: /Keyboard shortcuts/ }).click();
  const keys = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const row = keys.locator('.keys-row').filter({ hasText: 'Quick note, even when Rapport is in the background' });
  await expect(row.locator('kbd')).not.toBeEmpty(); // main has told the window which key is registered
  const text = (await row.locator('kbd').textContent()) ?? '';
  await keys.getByRole('button', { name: 'Close' }).click();
  return [file, tray, text];
}

test('a shortcut chosen in Settings replaces the old one everywhere, and stays after a restart', async ({
  launch,
  dataDir,
}) => {
  const app = await launch();
  const page = await app.firstWindow();
  expect(await shownEverywhere(app, page)).toEqual([
    'CommandOrControl+Shift+Space',
    'CommandOrControl+Shift+Space',
    'Ctrl+Shift+Space',
  ]);
  await journal.goTo(page, 'Settings');
  await expect(shortcutField(page)).toHaveValue('Ctrl+Shift+Space');

  await shortcutField(page).press('Control+Alt+N');
  await expect(shortcutState(page)).toHaveText('Works now: Ctrl+Alt+N');
  await expect(shortcutField(page)).toHaveValue('Ctrl+Alt+N');
  expect(await app.shortcuts.registered()).toEqual(['CommandOrControl+Alt+N']);
  expect(await shownEverywhere(app, page)).toEqual(['CommandOrControl+Alt+N', 'CommandOrControl+Alt+N', 'Ctrl+Alt+N']);

  await app.shortcuts.press('CommandOrControl+Alt+N');
  await expect.poll(() => quickNote.shown(app)).toBe(true);
  await app.close();

  const again = await launch({ dataDir });
  await again.firstWindow();
  await expect.poll(() => again.shortcuts.registered()).toEqual(['CommandOrControl+Alt+N']);
});

test('a combination the system refuses is reported, the old one keeps working, and a free one is offered', async ({
  launch,
}) => {
  const app = await launch({ env: { RAPPORT_STANDIN_TAKEN_SHORTCUTS: 'CommandOrControl+Alt+N' } });
  const page = await app.firstWindow();
  await journal.goTo(page, 'Settings');
  await shortcutField(page).press('Control+Alt+N');

  await expect(shortcutState(page)).toContainText(
    'The system did not accept Ctrl+Alt+N — another app probably uses it.',
  );
  await expect(shortcutState(page)).toContainText('Works now: Ctrl+Shift+Space');
  expect(await app.shortcuts.registered()).toEqual(['CommandOrControl+Shift+Space']);
  expect(await app.shortcuts.inMenu('app', 'File > Quick note…')).toBe('CommandOrControl+Shift+Space');

  await page.getByRole('button', { name: 'Use Ctrl+Shift+J' }).click();
  await expect(shortcutState(page)).toHaveText('Works now: Ctrl+Shift+J');
  await expect(page.getByRole('button', { name: /^Use / })).toHaveCount(0);
  expect(await app.shortcuts.registered()).toEqual(['CommandOrControl+Shift+J']);
  expect(await app.shortcuts.inMenu('tray', 'Quick note…')).toBe('CommandOrControl+Shift+J');
});

test('when the saved shortcut is taken at start, Settings says so and the tray still opens the quick note', async ({
  launch,
}) => {
  const app = await launch({ env: { RAPPORT_STANDIN_TAKEN_SHORTCUTS: 'CommandOrControl+Shift+Space' } });
  const page = await app.firstWindow();
  expect(await app.shortcuts.inMenu('app', 'File > Quick note…')).toBeNull();
  await journal.goTo(page, 'Settings');
  await expect(shortcutState(page)).toContainText('The system did not accept Ctrl+Shift+Space');
  await expect(shortcutState(page)).toContainText('No shortcut opens the quick note right now; the tray still does.');
  await expect(page.getByRole('button', { name: 'Use Ctrl+Alt+N' })).toBeVisible();
  expect(await app.shortcuts.registered()).toEqual([]);

  await quickNote.captureFromTray(app, 'Ask Ana about the guild');
  // The sidebar counts what waits in the Inbox ("Inbox 1"), so its link is found by the start of its name.
  await page.getByRole('navigation', { name: 'Journal' }).getByRole('link', { name: 'Inbox' }).click();
  await expect(page.getByRole('list', { name: 'Inbox' })).toContainText('Ask Ana about the guild');
});
