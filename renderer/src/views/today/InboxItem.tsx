// How many quick notes wait in the Inbox, and the way there.
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../nav/route';

export function InboxItem({ count }: { count: number }) {
  const { t } = useTranslation();
  return (
    <section className="panel today-aside" data-today-item aria-labelledby="today-inbox">
      <h3 id="today-inbox">{t('today.inbox.heading')}</h3>
      <p>{count > 0 ? t('today.inbox.count', { count }) : t('today.inbox.empty')}</p>
      <a data-main className="today-quiet-link" href={routeHref({ view: 'inbox' })}>
        {t('today.inbox.open')}
      </a>
    </section>
  );
}
