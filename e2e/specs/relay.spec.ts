// User story: in Settings → Devices → Relay I set the relay my devices share when they are never on the same
// network. A mistyped address is refused with a sentence; a good one is kept with a room Rapport picks, the
// key is made but never shown, and after a restart the relay is still there. Sync stays off here, so nothing
// connects; syncing through a real relay is proven under Node (main/sync/relay/*.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../fixtures/test';
import { journal } from '../support/journal-ui';

const LOOPBACK = { RAPPORT_SYNC_BIND: '127.0.0.1' };

test('the relay address and room are checked, kept across a restart, and the key is never shown', async ({
  launch,
  dataDir,
}) => {
  const app = await launch({ env: LOOPBACK });
  const page = await app.firstWindow();
  await journal.goTo(page, 'Settings');
  const relay = page.getByRole('region', { name: 'Relay' });
  await relay.getByRole('textbox', { name: 'Relay address' }).fill('https://relay.example.org');
  await relay.getByRole('button', { name: 'Save' }).click();
  await expect(relay.getByRole('alert')).toContainText('is not a relay address: write it as wss://host/');

  await relay.getByRole('textbox', { name: 'Relay address' }).fill('wss://relay.example.org/');
  await relay.getByRole('button', { name: 'Save' }).click();
  await expect(relay.getByText(/Saved\. Devices you pair from now on receive the relay/)).toBeVisible();
  await expect(relay.getByRole('alert')).toHaveCount(0);
  const room = relay.getByRole('textbox', { name: 'Room' });
  await expect(room).toHaveValue(/^rapport-[A-Za-z0-9]{12}$/);
  await expect(relay.getByText('Sync is off, so the relay is not used right now.', { exact: false })).toBeVisible();
  const chosenRoom = await room.inputValue();
  expect((await app.recorded()).offOriginRequests.filter((r) => r.source === 'main')).toEqual([]);
  await app.close();

  // main kept it beside the paired devices, with a key that never reached the window.
  const kept = JSON.parse(readFileSync(join(dataDir, '.app-profile', 'sync-devices.json'), 'utf8')) as {
    relay: { url: string; room: string; key: string };
  };
  expect(kept.relay).toMatchObject({ url: 'wss://relay.example.org', room: chosenRoom });
  expect(kept.relay.key.length).toBeGreaterThan(30);

  const again = await launch({ env: LOOPBACK, dataDir });
  const reopened = await again.firstWindow();
  await journal.goTo(reopened, 'Settings');
  const after = reopened.getByRole('region', { name: 'Relay' });
  await expect(after.getByRole('textbox', { name: 'Relay address' })).toHaveValue('wss://relay.example.org');
  await expect(after.getByRole('textbox', { name: 'Room' })).toHaveValue(chosenRoom);
  await expect(reopened.getByText(kept.relay.key)).toHaveCount(0);
});
