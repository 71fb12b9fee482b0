// User story: in Settings → Devices I choose Unpair beside my laptop, and Rapport asks first, calmly, what that
// means; Esc or Cancel keeps it paired, Unpair removes it from this computer's device file. All by keyboard, in
// English and in Swedish. The paired devices are written into the device file before launch (as in
// sync-status.spec.ts: the stand-in's main may not open connections to pair for real).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';

const LOOPBACK = { RAPPORT_SYNC_BIND: '127.0.0.1' };

/** This computer's device file, with `names` paired (sync off, so nothing is reached). */
async function pairedWith(dataDir: string, names: string[]): Promise<string> {
  const profile = join(dataDir, '.app-profile');
  await mkdir(profile, { recursive: true });
  const peers = names.map((name) => ({
    device: randomUUID(),
    name,
    key: Buffer.alloc(32, 7).toString('base64'),
    sealedWith: 'safe-storage',
    pairedAt: '2026-11-20T10:00:00.000Z',
  }));
  const file = join(profile, 'sync-devices.json');
  await writeFile(
    file,
    JSON.stringify({ version: 1, device: randomUUID(), name: 'Desk', enabled: false, port: 0, peers }),
    {
      mode: 0o600,
    },
  );
  return file;
}

const pairedNames = async (file: string): Promise<string[]> =>
  (JSON.parse(await readFile(file, 'utf8')) as { peers: { name: string }[] }).peers.map((p) => p.name);

test('Unpair asks first; Esc and Cancel keep the device, Unpair removes it — by keyboard', async ({
  launch,
  dataDir,
}) => {
  const file = await pairedWith(dataDir, ['Laptop', 'Phone']);
  const app = await launch({ env: LOOPBACK, dataDir });
  const page = await app.firstWindow();
  await journal.goTo(page, 'Settings');
  const devices = page.getByRole('region', { name: 'Devices' });
  const list = devices.getByRole('list', { name: 'Paired devices' });
  await expect(list.getByRole('listitem')).toHaveCount(2);

  const unpairLaptop = list.getByRole('button', { name: 'Unpair Laptop' });
  await unpairLaptop.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Unpair Laptop?' });
  await expect(dialog).toBeVisible();
  await expect(
    dialog.getByText('It will no longer sync with this computer. Its journal stays as it is.'),
  ).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused(); // the calm choice comes first
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await unpairLaptop.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Enter'); // on Cancel
  await expect(dialog).toHaveCount(0);
  expect(await pairedNames(file)).toEqual(['Laptop', 'Phone']);

  await unpairLaptop.focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Unpair', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem')).toContainText('Phone');
  await expect.poll(() => pairedNames(file)).toEqual(['Phone']);
});

test('the question is asked in Swedish on a Swedish system', async ({ launch, dataDir }) => {
  const file = await pairedWith(dataDir, ['Laptop']);
  const app = await launch({ env: { ...LOOPBACK, RAPPORT_TEST_LOCALE: 'sv-SE' }, dataDir });
  const page = await app.firstWindow();
  await page
    .getByRole('navigation', { name: 'Journal' })
    .getByRole('link', { name: 'Inställningar', exact: true })
    .click();
  const devices = page.getByRole('region', { name: 'Enheter' });
  await devices.getByRole('button', { name: 'Ta bort parkopplingen med Laptop' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ta bort parkopplingen med Laptop?' });
  await expect(dialog.getByText('Den slutar synka med den här datorn. Journalen där lämnas som den är.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Ta bort parkoppling', exact: true }).click();
  await expect(devices.getByText('Inga enheter är parkopplade än.')).toBeVisible();
  await expect.poll(() => pairedNames(file)).toEqual([]);
});
