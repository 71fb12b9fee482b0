// The tray's one line about sync, in main's language: absent while sync is off, otherwise the same reading as
// the window's status area (shared/sync/sync-status.ts): "Sync: up to date with 2 devices", "Sync: can't reach…".
import type { SyncDevicesInfo } from '@shared/ipc/contract';
import { syncStatus, syncStatusText } from '@shared/sync/sync-status';
import { mt } from '../app/main-i18n';

export function syncLine(info: SyncDevicesInfo | undefined): string | undefined {
  const status = syncStatus(info);
  if (status.kind === 'off') return undefined;
  const { key, values } = syncStatusText(status);
  return mt(`tray.sync.${key}`, values);
}
