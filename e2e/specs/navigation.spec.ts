// User story: I move between places in the journal and go back and forward like in any desktop app.
import { test, expect } from '../fixtures/test';

test('back and forward with Alt+Left and Alt+Right, and the current place is marked', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  const nav = page.getByRole('navigation', { name: 'Journal' });
  // A new journal window starts on Today.
  await expect(nav.getByRole('link', { name: 'Today' })).toHaveAttribute('aria-current', 'page');

  await nav.getByRole('link', { name: 'Goals' }).click();
  await expect(nav.getByRole('link', { name: 'Goals' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: 'Settings' }).click();
  await expect(nav.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');

  await page.keyboard.press('Alt+ArrowLeft');
  await expect(nav.getByRole('link', { name: 'Goals' })).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(nav.getByRole('link', { name: 'Today' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Goals' })).not.toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(nav.getByRole('link', { name: 'Goals' })).toHaveAttribute('aria-current', 'page');
});

test('the sidebar is reachable with the keyboard alone', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  const nav = page.getByRole('navigation', { name: 'Journal' });
  await nav.getByRole('link', { name: 'People' }).focus();
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'Pipeline' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(nav.getByRole('link', { name: 'Pipeline' })).toHaveAttribute('aria-current', 'page');
});

test('"?" lists every key, and Esc puts it away', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await page.getByRole('navigation', { name: 'Journal' }).getByRole('link', { name: 'Goals' }).click();
  await page.keyboard.press('?');
  const keys = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(keys).toBeVisible();
  await expect(keys).toContainText('Log an interaction, from anywhere');
  await page.keyboard.press('Escape');
  await expect(keys).toBeHidden();

  await page.getByRole('button', { name: /Keyboard shortcuts/ }).click();
  await expect(keys).toBeVisible();
});
