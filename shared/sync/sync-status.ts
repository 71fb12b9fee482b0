// One reading of sync's state for every place that shows it in a line — the window's status area and the
// tray — so both always say the same thing, each in its own catalogue's words.
import type { SyncDevicesInfo } from '../ipc/contract';

export type SyncStatus =
  | { kind: 'off' }
  | { kind: 'no-devices' }
  | { kind: 'syncing'; name: string }
  /** `count` of `total` devices are up to date; `name` is the one when count is 1. */
  | { kind: 'up-to-date'; count: number; total: number; name: string }
  /** None is up to date and none refused: they are off, or on another network. */
  | { kind: 'unreachable'; count: number; name: string }
  /** A device was refused (another journal, a key that no longer matches…): Settings → Devices says why. */
  | { kind: 'paused'; name: string };

export function syncStatus(info: SyncDevicesInfo | undefined): SyncStatus {
  if (!info?.enabled) return { kind: 'off' };
  const devices = info.devices;
  if (devices.length === 0) return { kind: 'no-devices' };
  const syncing = devices.find((d) => d.state === 'syncing');
  if (syncing) return { kind: 'syncing', name: syncing.name };
  const refused = devices.find((d) => d.state === 'refused');
  if (refused) return { kind: 'paused', name: refused.name };
  const current = devices.filter((d) => d.state === 'up-to-date');
  if (current.length > 0)
    return { kind: 'up-to-date', count: current.length, total: devices.length, name: current[0]!.name };
  return { kind: 'unreachable', count: devices.length, name: devices[0]!.name };
}

/** The catalogue key and values for a status that shows a line (every kind but 'off'). */
export function syncStatusText(status: Exclude<SyncStatus, { kind: 'off' }>): {
  key: string;
  values: Record<string, string | number>;
} {
  switch (status.kind) {
    case 'no-devices':
      return { key: 'noDevices', values: {} };
    case 'syncing':
      return { key: 'syncing', values: { name: status.name } };
    case 'paused':
      return { key: 'paused', values: { name: status.name } };
    case 'unreachable':
      return status.count === 1
        ? { key: 'unreachableOne', values: { name: status.name } }
        : { key: 'unreachableMany', values: { count: status.count } };
    case 'up-to-date':
      if (status.count < status.total)
        return { key: 'upToDateSome', values: { count: status.count, total: status.total } };
      return status.count === 1
        ? { key: 'upToDateOne', values: { name: status.name } }
        : { key: 'upToDateAll', values: { count: status.count } };
  }
}
