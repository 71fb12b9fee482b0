// The sync line in the window's status area, beside "Saved": what main's sync is doing now (syncing, up to date
// with N devices, a calm word on what to do when a device can't be reached). Nothing while sync is off.
import { useTranslation } from 'react-i18next';
import type { RapportApi } from '@shared/ipc/contract';
import { syncStatus, syncStatusText } from '@shared/sync/sync-status';
import { useSyncDevices } from '../views/settings/use-sync-devices';

export function SyncIndicator({ api }: { api: RapportApi }) {
  const { t } = useTranslation();
  const { info } = useSyncDevices(api);
  const status = syncStatus(info);
  if (status.kind === 'off') return null;
  const { key, values } = syncStatusText(status);
  const calm = status.kind === 'unreachable' || status.kind === 'paused';
  return (
    <p className={`sync-indicator sync-${status.kind}`} role="status" aria-live="polite">
      <span className={calm ? 'sync-dot sync-dot-hollow' : 'sync-dot'} aria-hidden="true" />
      <span>
        {t(`syncStatus.${key}`, values)}
        {calm && <span className="sync-hint">{t('syncStatus.dash', { hint: t(`syncStatus.hint.${key}`) })}</span>}
      </span>
    </p>
  );
}
