// The Electron security checklist, checked from the outside: what a page in a Rapport window can and cannot do.
import { test, expect } from '../fixtures/test';

test('a journal window is isolated: no Node, no navigation away, no pop-ups, only the named API', async ({
  launch,
}) => {
  const app = await launch();
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();

  const surface = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    api: Object.keys(window.rapport ?? {}).sort(),
  }));
  expect(surface.require).toBe('undefined');
  expect(surface.process).toBe('undefined');
  expect(surface.api).toEqual(
    [
      'backupNow',
      'cancelImport',
      'chooseImportFile',
      'closeWindow',
      'commitImport',
      'deviceSettings',
      'docMessage',
      'exportJournal',
      'journalInfo',
      'journalFirstPaint',
      'journalReady',
      'listBackups',
      'onDeviceSettingsChanged',
      'onSyncDevicesChanged',
      'syncDevices',
      'setSyncEnabled',
      'addSyncDevice',
      'joinSyncDevice',
      'unpairSyncDevice',
      'adoptSyncJournal',
      'saveSyncRelay',
      'onDocMessage',
      'onImportPreview',
      'onJournalReplaced',
      'onOpenContact',
      'onOpenToday',
      'takeImportPreview',
      'openDataFolder',
      'openExternal',
      'openQuickNote',
      'previewImport',
      'restoreBackup',
      'saveQuickNote',
      'suggestContacts',
      'undoImport',
      'updateDeviceSettings',
    ].sort(),
  );

  // window.open: main's own window-open handler denies it and hands the http(s) link to the browser.
  const popup = await page.evaluate(() => window.open('https://example.com/') === null);
  expect(popup).toBe(true);
  await expect
    .poll(async () => (await app.recorded()).windowOpens)
    .toContainEqual({ url: 'https://example.com/', action: 'deny' });
  await expect.poll(async () => (await app.recorded()).openExternal).toContain('https://example.com/');

  // Navigating away: main's will-navigate listener prevents it.
  const before = page.url();
  await page.evaluate(() => {
    window.location.href = 'https://example.com/away';
  });
  await expect
    .poll(async () => (await app.recorded()).navigations)
    .toContainEqual({ url: 'https://example.com/away', prevented: true });
  expect(page.url()).toBe(before);
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
});

test('main refuses malformed IPC arguments with a clear message and keeps the journal intact', async ({ launch }) => {
  const app = await launch();
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
  const errors = await page.evaluate(async () => {
    const api = window.rapport!;
    const { epoch } = await api.journalInfo();
    const attempts: Array<() => Promise<unknown>> = [
      () => api.openExternal('file:///etc/passwd'),
      () => api.openExternal('javascript:alert(1)'),
      () => (api.docMessage as unknown as (m: unknown) => Promise<unknown>)('not bytes'),
      () => api.docMessage(new Uint8Array([0, 2, 255, 255, 255, 255, 15]), epoch),
      () => api.restoreBackup('../journal.snapshot'),
    ];
    const messages: string[] = [];
    for (const attempt of attempts) {
      try {
        await attempt();
        messages.push('accepted');
      } catch (error) {
        messages.push(error instanceof Error ? error.message : String(error));
      }
    }
    return messages;
  });
  expect(errors[0]).toContain('only http(s) links can be opened');
  expect(errors[1]).toContain('only http(s) links can be opened');
  expect(errors[2]).toContain('Refused docMessage');
  expect(errors[3]).toContain('Malformed sync message');
  expect(errors[4]).toMatch(/Refused restoreBackup: .*a backup is named by its plain file name/);
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
});
