// User story: my computer speaks Swedish, so Rapport does too — the places, the dialogs and the dates.
import { test, expect } from '../fixtures/test';

test('the journal speaks Swedish on a Swedish system', async ({ launch }) => {
  const app = await launch({ env: { RAPPORT_TEST_LOCALE: 'sv-SE' } });
  const page = await app.firstWindow();
  const nav = page.getByRole('navigation', { name: 'Journal' });
  for (const place of [
    'Idag',
    'Personer',
    'Pipeline',
    'Mål',
    'Nätverk',
    'Inkorg',
    'Papperskorg',
    'Inställningar',
    'Dina data',
  ]) {
    await expect(nav.getByRole('link', { name: place, exact: true })).toBeVisible();
  }
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');

  await nav.getByRole('link', { name: 'Personer', exact: true }).click();
  await page.getByRole('button', { name: 'Ny kontakt' }).click();
  const form = page.getByRole('form', { name: 'Ny kontakt' });
  await form.getByLabel('Namn', { exact: true }).fill('Åsa Öberg');
  await form.getByRole('button', { name: 'Lägg till kontakt' }).click();
  await expect(page.getByRole('list', { name: 'Personer' }).getByRole('listitem')).toHaveCount(1);

  await nav.getByRole('link', { name: 'Mål', exact: true }).click();
  await page.keyboard.press('ControlOrMeta+Shift+L');
  const dialog = page.getByRole('dialog', { name: 'Logga en kontakt' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Full av energi' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
