// Shown on a goal or circle page once it is in the trash: a calm word and a way back, instead of an error.
import { useTranslation } from 'react-i18next';
import { restore, type CollectionName } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { routeHref } from '../../nav/route';
import './trash.css';

interface Props {
  collection: CollectionName;
  id: string;
  title: string;
  backHref: string;
  backLabel: string;
}

export function TrashedNotice({ collection, id, title, backHref, backLabel }: Props) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  return (
    <section className="view" aria-labelledby="trashed-notice-title">
      <div className="panel empty-state entity-notice">
        <h2 id="trashed-notice-title">{t('trash.notice.title', { title: title || t('trash.untitled') })}</h2>
        <p>{t('trash.notice.body')}</p>
        <p className="trashed-notice-actions">
          <button type="button" className="button-primary" onClick={() => edit(() => restore(doc, collection, id))}>
            {t('trash.notice.restore')}
          </button>
        </p>
        <p className="trashed-notice-links">
          <a href={backHref}>{backLabel}</a>
          <a href={routeHref({ view: 'trash' })}>{t('trash.notice.openTrash')}</a>
        </p>
      </div>
    </section>
  );
}
