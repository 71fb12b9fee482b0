// The backups: newest first with date, kind and size; "Back up now"; and a restore that asks first and
// says plainly that the present state is backed up before anything changes.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, RapportApi } from '@shared/ipc/contract';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { dateFormat, formatSize } from './format';
import { useBackups } from './use-backups';
import { noteRestore } from './restore-note';

interface Props {
  api: RapportApi;
  report: (text: string) => void;
  fail: (error: unknown) => void;
}

export function BackupList({ api, report, fail }: Props) {
  const { t, i18n } = useTranslation();
  const { backups, refresh } = useBackups(api, fail);
  const [asking, setAsking] = useState<BackupInfo | undefined>();
  const [busy, setBusy] = useState(false);
  const dates = dateFormat(i18n.language);
  const when = (backup: BackupInfo): string => dates.format(new Date(backup.createdAt));

  const backUpNow = (): void => {
    setBusy(true);
    report(t('data.backups.working'));
    api
      .backupNow()
      .then(() => refresh())
      .then(() => report(t('data.backups.done')), fail)
      .finally(() => setBusy(false));
  };

  const restore = (backup: BackupInfo): void => {
    setAsking(undefined);
    setBusy(true);
    report(t('data.restore.working'));
    // Main tells every window to reopen once the journal is replaced; the note survives that reload.
    const forget = noteRestore(backup.createdAt);
    api.restoreBackup(backup.file).catch((error: unknown) => {
      forget();
      setBusy(false);
      fail(error);
    });
  };

  return (
    <section className="panel data-panel" aria-labelledby="data-backups-heading">
      <div className="panel-head">
        <div>
          <h3 id="data-backups-heading">{t('data.backups.heading')}</h3>
          <p className="muted data-intro">{t('data.backups.intro')}</p>
        </div>
        <button type="button" className="button-primary data-nowrap" onClick={backUpNow} disabled={busy}>
          {t('data.backups.now')}
        </button>
      </div>
      {backups === undefined ? (
        <p className="muted">{t('data.backups.loading')}</p>
      ) : backups.length === 0 ? (
        <p className="muted">{t('data.backups.empty')}</p>
      ) : (
        <ul className="backup-list" aria-label={t('data.backups.listLabel')}>
          {backups.map((backup) => (
            <li key={backup.file} className="backup-row">
              <div className="backup-text">
                <time dateTime={backup.createdAt} className="backup-date">
                  {when(backup)}
                </time>
                <span className="muted">
                  {t(`data.backups.kind.${backup.kind}`)} · {formatSize(backup.size, t, i18n.language)}
                </span>
              </div>
              <button
                type="button"
                className="button-quiet"
                disabled={busy}
                onClick={() => setAsking(backup)}
                aria-label={t('data.backups.restoreLabel', { date: when(backup) })}
              >
                {t('data.backups.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {asking && (
        <ConfirmDialog
          title={t('data.restore.title', { date: when(asking) })}
          body={t('data.restore.body')}
          confirmLabel={t('data.restore.confirm')}
          cancelLabel={t('data.restore.cancel')}
          onConfirm={() => restore(asking)}
          onCancel={() => setAsking(undefined)}
        />
      )}
    </section>
  );
}
