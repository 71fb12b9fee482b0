// What the file store repaired on open (a torn write after a crash, a damaged record kept aside), and that a
// journal from a newer Rapport is open for reading only.
import { useTranslation } from 'react-i18next';
import type { StoreNotice } from '@shared/ipc/contract';

export function StoreNotices({ notices }: { notices: readonly StoreNotice[] }) {
  const { t } = useTranslation();
  const readOnly = notices.filter((n) => n.kind === 'read-only');
  const repairs = notices.filter((n) => n.kind !== 'read-only');
  return (
    <>
      {readOnly.map((notice, i) => (
        <section key={i} className="notice" aria-label={t('notices.readOnly')}>
          <strong>{t('notices.readOnly')}</strong>
          <p>{notice.message}</p>
        </section>
      ))}
      {repairs.length > 0 && (
        <section className="notice" aria-label={t('notices.title')}>
          <strong>{t('notices.title')}</strong>
          <ul>
            {repairs.map((notice, i) => (
              <li key={i}>{notice.message}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
