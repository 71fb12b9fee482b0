// The tray menu with and without sync: one disabled line while sync is on, in main's language; none when off.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SyncDeviceInfo, SyncDevicesInfo } from '@shared/ipc/contract';
import { setMainLanguage } from '../app/main-i18n';
import { syncLine } from './sync-line';
import { trayMenuTemplate, type TrayActions } from './tray';

vi.mock('electron', () => ({ Menu: {}, nativeImage: {}, nativeTheme: {}, Tray: class {} }));

const NOW = new Date(2026, 2, 14, 15, 0);
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
  const at = (h: number, m: number, day = 14): string => new Date(2026, 2, day, h, m).toISOString();

  it('says who this computer is in step with, or waits for', () => {
    expect(syncLine(on([]), NOW)).toBe('Sync: on, no devices paired yet');
    expect(syncLine(on([laptop()]), NOW)).toBe('Sync: waiting for Laptop');
    expect(syncLine(on([laptop({ state: 'syncing' })]), NOW)).toBe('Sync: syncing with Laptop…');
    expect(syncLine(on([laptop({ lastSyncedAt: at(14, 32) })]), NOW)).toBe('Sync: Laptop, last 14:32');
  });

  it('counts several devices and gives the latest sync, with the day when it was not today', () => {
    const phone = laptop({ id: 'd2', name: 'Phone', state: 'up-to-date', lastSyncedAt: at(14, 32) });
    expect(syncLine(on([laptop({ lastSyncedAt: at(9, 5) }), phone]), NOW)).toBe('Sync: 2 devices, last 14:32');
    expect(syncLine(on([laptop(), laptop({ id: 'd2', name: 'Phone' })]), NOW)).toBe(
      'Sync: 2 devices, waiting for them',
    );
    expect(syncLine(on([laptop({ lastSyncedAt: at(9, 5, 12) })]), NOW)).toBe('Sync: Laptop, last 12 Mar, 09:05');
    setMainLanguage('sv');
    expect(syncLine(on([laptop({ lastSyncedAt: at(14, 32) }), phone]), NOW)).toBe('Synk: 2 enheter, senast 14:32');
  });
});
