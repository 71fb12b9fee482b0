// What the file store repaired on open (a torn write after a crash, a damaged record kept aside).
import { useTranslation } from 'react-i18next';
import type { StoreNotice } from '@shared/ipc/contract';

export function StoreNotices({ notices }: { notices: readonly StoreNotice[] }) {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <section className="notice" aria-label={t('notices.title')}>
      <strong>{t('notices.title')}</strong>
      <ul>
        {notices.map((notice, i) => (
          <li key={i}>{notice.message}</li>
        ))}
      </ul>
    </section>
  );
}
