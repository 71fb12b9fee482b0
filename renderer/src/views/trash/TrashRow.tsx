// One entry in the Trash: what it is, when it was deleted, when it goes for good, and the two ways out.
import { useTranslation } from 'react-i18next';
import type { TrashEntry } from '@shared/schema';
import { purgeInfo } from './trash-items';

interface Props {
  entry: TrashEntry;
  now: Date;
  onRestore: () => void;
  onDelete: () => void;
}

export function TrashRow({ entry, now, onRestore, onDelete }: Props) {
  const { t, i18n } = useTranslation();
  const title = entry.title || t('trash.untitled');
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const trashedAt = new Date(entry.deletedAt);
  const { purgeAt, daysLeft } = purgeInfo(entry.deletedAt, now);
  const when = [
    Number.isNaN(trashedAt.getTime()) ? '' : t('trash.trashedOn', { date: format.format(trashedAt) }),
    purgeAt === undefined
      ? ''
      : daysLeft === 0
        ? t('trash.purgeToday')
        : t('trash.purgeIn', { count: daysLeft, date: format.format(purgeAt) }),
  ].filter(Boolean);
  return (
    <li className="trash-row">
      <div className="trash-row-text">
        <span className="trash-kind">{t(`trash.kinds.${entry.collection}`)}</span>
        <span className="trash-title">{title}</span>
        {when.length > 0 && <span className="trash-when">{when.join(' · ')}</span>}
      </div>
      <div className="trash-row-actions">
        <button
          type="button"
          className="button-quiet"
          aria-label={t('trash.restoreLabel', { title })}
          onClick={onRestore}
        >
          {t('trash.restore')}
        </button>
        <button
          type="button"
          className="button-quiet trash-delete"
          aria-label={t('trash.deleteLabel', { title })}
          onClick={onDelete}
        >
          {t('trash.deleteForever')}
        </button>
      </div>
    </li>
  );
}
