// The app's notice when a paired device restored a backup and this computer took that journal: what changed and
// where this computer's earlier state (with edits not yet synced) is kept. Main words each sentence; OK hides
// it in this window (Settings → Devices keeps it on the device's row until Rapport restarts).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RapportApi } from '@shared/ipc/contract';
import { useSyncDevices } from '../views/settings/use-sync-devices';

export function SyncNotices({ api }: { api: RapportApi }) {
  const { t } = useTranslation();
  const { info } = useSyncDevices(api);
  const [seen, setSeen] = useState<readonly string[]>([]);
  const notices = (info?.devices ?? []).flatMap((d) =>
    d.notice && !seen.includes(d.notice) ? [{ id: d.id, text: d.notice }] : [],
  );
  if (notices.length === 0) return null;
  return (
    <section className="notice" aria-label={t('syncStatus.noticeTitle')}>
      <strong>{t('syncStatus.noticeTitle')}</strong>
      {notices.map((n) => (
        <p key={n.id}>{n.text}</p>
      ))}
      <button type="button" className="button-quiet" onClick={() => setSeen([...seen, ...notices.map((n) => n.text)])}>
        {t('syncStatus.noticeDone')}
      </button>
    </section>
  );
}
