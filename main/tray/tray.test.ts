// The tray menu with and without sync: one disabled line while sync is on, in main's language; none when off.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SyncDeviceInfo, SyncDevicesInfo } from '@shared/ipc/contract';
import { setMainLanguage } from '../app/main-i18n';
import { syncLine } from './sync-line';
import { trayMenuTemplate, type TrayActions } from './tray';

vi.mock('electron', () => ({ Menu: {}, nativeImage: {}, nativeTheme: {}, Tray: class {} }));

const laptop = (over: Partial<SyncDeviceInfo> = {}): SyncDeviceInfo => ({
  id: 'd1',
  name: 'Laptop',
  state: 'offline',
  lastSyncedAt: null,
  lastError: null,
  ...over,
});
const on = (devices: SyncDeviceInfo[]): SyncDevicesInfo => ({
  enabled: true,
  address: '127.0.0.1:47631',
  thisDevice: 'Desk',
  devices,
});
const actions = (sync?: SyncDevicesInfo): TrayActions => ({
  openJournal: () => undefined,
  openQuickNote: () => undefined,
  openContact: () => undefined,
  quit: () => undefined,
  quickNoteShortcut: () => undefined,
  ...(sync ? { syncInfo: () => sync } : {}),
});
const labels = (sync?: SyncDevicesInfo): (string | undefined)[] =>
  trayMenuTemplate(actions(sync), []).map((item) => (item.type === 'separator' ? '—' : item.label));

afterEach(() => setMainLanguage('en'));

describe('the tray menu', () => {
  it('has no sync line while sync is off or unknown', () => {
    expect(labels()).toEqual(['Quick note…', 'Open Rapport', '—', 'Quit']);
    expect(labels({ ...on([laptop()]), enabled: false, address: null })).toEqual([
      'Quick note…',
      'Open Rapport',
      '—',
      'Quit',
    ]);
  });

  it('shows one disabled line about sync while it is on', () => {
    const menu = trayMenuTemplate(actions(on([laptop({ state: 'up-to-date' })])), []);
    expect(menu.map((item) => (item.type === 'separator' ? '—' : item.label))).toEqual([
      'Quick note…',
      'Open Rapport',
      '—',
      'Sync: up to date with Laptop',
      '—',
      'Quit',
    ]);
    expect(menu[3]).toMatchObject({ enabled: false });
    expect(menu[3]?.click).toBeUndefined();
  });

  it('speaks Swedish when main does', () => {
    setMainLanguage('sv');
    expect(labels(on([laptop({ state: 'up-to-date' })]))).toContain('Synk: i fas med Laptop');
  });
});

describe('the sync line', () => {
  const phone = (over: Partial<SyncDeviceInfo> = {}) => laptop({ id: 'd2', name: 'Phone', ...over });

  it('says what sync is doing, as the window does (shared/sync/sync-status)', () => {
    expect(syncLine(on([]))).toBe('Sync: on, no devices paired yet');
    expect(syncLine(on([laptop({ state: 'syncing' }), phone()]))).toBe('Sync: syncing with Laptop…');
    expect(syncLine(on([laptop({ state: 'up-to-date' })]))).toBe('Sync: up to date with Laptop');
    expect(syncLine(on([laptop({ state: 'up-to-date' }), phone({ state: 'up-to-date' })]))).toBe(
      'Sync: up to date with 2 devices',
    );
    expect(syncLine(on([laptop(), phone({ state: 'up-to-date' })]))).toBe('Sync: up to date with 1 of 2 devices');
  });

  it('says calmly what to do when a device cannot be reached or was refused', () => {
    expect(syncLine(on([laptop()]))).toBe('Sync: can’t reach Laptop — it syncs when both are on the same network');
    expect(syncLine(on([laptop(), phone()]))).toBe(
      'Sync: can’t reach your 2 devices — they sync when on the same network',
    );
    expect(syncLine(on([laptop({ state: 'refused' }), phone({ state: 'up-to-date' })]))).toBe(
      'Sync: paused with Laptop — Settings → Devices says why',
    );
    setMainLanguage('sv');
    expect(syncLine(on([laptop(), phone({ state: 'up-to-date' })]))).toBe('Synk: i fas med 1 av 2 enheter');
    expect(syncLine(on([laptop()]))).toBe('Synk: når inte Laptop – ni synkar när båda är på samma nätverk');
  });
});
