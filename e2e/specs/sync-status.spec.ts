// User story: the window's status area tells me how sync stands, in the same words as the tray — nothing while
// sync is off, "Sync is on, no devices paired yet" once I turn it on, and a calm sentence with what to do when
// a paired device can't be reached or was refused. Loopback only; the paired devices are written into this
// computer's device file before launch (the stand-in's main may not open connections to pair for real).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures/test';
import type { RapportApp } from '../fixtures/rapport-app';
import { journal } from '../support/journal-ui';

const LOOPBACK = { RAPPORT_SYNC_BIND: '127.0.0.1' };

const syncLine = (page: Page) =>
  page
    .getByRole('banner')
    .getByRole('status')
    .filter({ hasNotText: /Saved|Saving/ });

/** The tray's sync line without its "Sync: " prefix, as the window would say it. */
async function traySays(app: RapportApp): Promise<string | undefined> {
  const line = (await app.tray.menuItems()).find((item) => item.startsWith('Sync: '));
  return line && line.slice('Sync: '.length);
}

test('the status area follows sync: nothing while off, "on" once turned on, gone again when off', async ({
  launch,
}) => {
  const app = await launch({ env: LOOPBACK });
  const page = await app.firstWindow();
  await expect(page.getByRole('banner').getByRole('status')).toHaveText(/Saved|Saving/);
  await expect(syncLine(page)).toHaveCount(0);

  await journal.goTo(page, 'Settings');
  const syncing = page.getByRole('region', { name: 'Devices' }).getByLabel('Sync with my paired devices');
  await syncing.check();
  await expect(syncLine(page)).toHaveText('Sync is on, no devices paired yet');
  await expect.poll(() => traySays(app)).toBe('on, no devices paired yet');

  await syncing.uncheck();
  await expect(syncLine(page)).toHaveCount(0);
  await expect.poll(() => traySays(app)).toBeUndefined();
});

test('a paired device that cannot be reached, or was refused, gets a calm sentence in the window and the tray', async ({
  launch,
  dataDir,
}) => {
  const profile = join(dataDir, '.app-profile');
  await mkdir(profile, { recursive: true });
  const peer = (name: string, over: Record<string, unknown> = {}) => ({
    device: randomUUID(),
    name,
    key: Buffer.alloc(32, 7).toString('base64'),
    sealedWith: 'safe-storage',
    pairedAt: '2026-11-20T10:00:00.000Z',
    ...over,
  });
  // Laptop reaches this computer (no address here) and is not on: this side waits for it.
  const file = { version: 1, device: randomUUID(), name: 'Desk', enabled: true, port: 0, peers: [peer('Laptop')] };
  await writeFile(join(profile, 'sync-devices.json'), JSON.stringify(file), { mode: 0o600 });
  const app = await launch({ env: LOOPBACK, dataDir });
  const page = await app.firstWindow();
  await expect(syncLine(page)).toHaveText('Can’t reach Laptop — it syncs when both are on the same network');
  await expect.poll(() => traySays(app)).toBe('can’t reach Laptop — it syncs when both are on the same network');
  await app.close();

  // Phone's key was sealed by another keychain: main refuses to use it and says where to look.
  const phone = peer('Phone', { sealedWith: 'file-permissions', address: '127.0.0.1:9' });
  await writeFile(join(profile, 'sync-devices.json'), JSON.stringify({ ...file, peers: [...file.peers, phone] }));
  const again = await launch({ env: LOOPBACK, dataDir });
  const reopened = await again.firstWindow();
  await expect(syncLine(reopened)).toHaveText('Sync paused with Phone — Settings → Devices says why');
  await expect.poll(() => traySays(again)).toBe('paused with Phone — Settings → Devices says why');
  await journal.goTo(reopened, 'Settings');
  const devices = reopened.getByRole('region', { name: 'Devices' });
  await expect(
    devices.getByText('The key for this device cannot be read on this computer: pair them again.'),
  ).toBeVisible();
});
