// User story: in Settings → Devices I turn sync on to add my laptop — Add device shows a one-time code, this
// computer's address and a QR code — and a mistyped code on Join with a code is refused with a sentence.
// Sync stays on after a restart and off when I turn it off. Loopback only (RAPPORT_SYNC_BIND); the
// stand-in's main may not open connections, so pairing itself is proven under Node (main/sync/lan-sync.test.ts).
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';

const LOOPBACK = { RAPPORT_SYNC_BIND: '127.0.0.1' };

test('Add device shows a one-time code, the address and a QR code; sync stays on until turned off', async ({
  launch,
  dataDir,
}) => {
  const app = await launch({ env: LOOPBACK });
  const page = await app.firstWindow();
  await journal.goTo(page, 'Settings');
  const devices = page.getByRole('region', { name: 'Devices' });
  const syncing = devices.getByLabel('Sync with my paired devices');
  await expect(syncing).not.toBeChecked();
  await expect(devices.getByText('Off. Nothing listens on the network while sync is off.')).toBeVisible();
  await expect(devices.getByText('No devices paired yet.')).toBeVisible();

  await devices.getByRole('button', { name: 'Add device' }).click();
  await expect(syncing).toBeChecked();
  const offer = devices.getByRole('figure', { name: 'Pairing code for another device' });
  await expect(offer.getByRole('img', { name: 'QR code with the pairing code and the address' })).toBeVisible();
  const code = (await offer.locator('code').nth(0).textContent()) ?? '';
  const address = (await offer.locator('code').nth(1).textContent()) ?? '';
  expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
  expect(address).toMatch(/^127\.0\.0\.1:\d+$/);
  await expect(devices.getByText(new RegExp(`reach .+ at ${address.replace(/\./g, '\\.')}\\.$`))).toBeVisible();
  await expect(offer.getByText(/The code works once, until/)).toBeVisible();

  // A mistyped code is refused before anything is sent, with what is wrong.
  await devices.getByRole('button', { name: 'Join with a code' }).click();
  await devices.getByRole('textbox', { name: 'Pairing code' }).fill('ABCD-EFGH');
  await devices.getByLabel('Address (host:port)').fill(address);
  await devices.getByRole('button', { name: 'Pair' }).click();
  await expect(devices.getByRole('alert')).toHaveText(
    'Pairing did not work: A pairing code has 32 letters and digits; this one has 8.',
  );
  await devices.getByRole('button', { name: 'Cancel' }).click();
  // Turning sync on opened a port here; it reached out to nothing.
  expect((await app.recorded()).offOriginRequests.filter((r) => r.source === 'main')).toEqual([]);
  await app.close();

  const again = await launch({ env: LOOPBACK, dataDir });
  const reopened = await again.firstWindow();
  await journal.goTo(reopened, 'Settings');
  const after = reopened.getByRole('region', { name: 'Devices' });
  await expect(after.getByLabel('Sync with my paired devices')).toBeChecked();
  await expect(after.getByText(`at ${address}.`)).toBeVisible(); // the same port as before
  await after.getByLabel('Sync with my paired devices').uncheck();
  await expect(after.getByText('Off. Nothing listens on the network while sync is off.')).toBeVisible();
  await expect(after.getByRole('button', { name: 'Add device' })).toBeVisible();
});
