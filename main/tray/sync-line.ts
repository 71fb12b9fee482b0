// The tray's one line about sync, in main's language: absent while sync is off, otherwise who this computer
// is in step with, or when it last was ("Sync: up to date with Laptop", "Sync: 2 devices, last 14:32").
import type { SyncDevicesInfo } from '@shared/ipc/contract';
import { mainLanguage, mt } from '../app/main-i18n';

/** "14:32" today, "3 Dec 14:32" on another day, in the language main speaks. */
function when(iso: string, now: Date): string {
  const at = new Date(iso);
  const sameDay = at.toDateString() === now.toDateString();
  const locale = mainLanguage() === 'sv' ? 'sv-SE' : 'en-GB';
  const time: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
  return new Intl.DateTimeFormat(locale, sameDay ? time : { ...time, day: 'numeric', month: 'short' }).format(at);
}

export function syncLine(info: SyncDevicesInfo | undefined, now = new Date()): string | undefined {
  if (!info?.enabled) return undefined;
  const devices = info.devices;
  if (devices.length === 0) return mt('tray.sync.noDevices');
  const syncing = devices.find((d) => d.state === 'syncing');
  if (syncing) return mt('tray.sync.syncing', { name: syncing.name });
  const last = devices
    .map((d) => d.lastSyncedAt)
    .filter((at): at is string => at !== null)
    .sort()
    .at(-1);
  if (devices.length === 1) {
    const [device] = devices as [(typeof devices)[0]];
    if (device.state === 'up-to-date') return mt('tray.sync.upToDate', { name: device.name });
    return last
      ? mt('tray.sync.lastWith', { name: device.name, time: when(last, now) })
      : mt('tray.sync.waitingFor', { name: device.name });
  }
  return last
    ? mt('tray.sync.devicesLast', { count: devices.length, time: when(last, now) })
    : mt('tray.sync.devicesWaiting', { count: devices.length });
}
