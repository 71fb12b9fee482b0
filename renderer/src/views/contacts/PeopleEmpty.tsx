// The two quiet empty states of the People screen: nobody in the journal yet (teach the first step), and
// nobody matching the chosen filters (say so kindly, offer to clear them).
import { useTranslation } from 'react-i18next';

type Props = { kind: 'journal' } | { kind: 'filters'; onClear: () => void };

export function PeopleEmpty(props: Props) {
  const { t } = useTranslation();
  if (props.kind === 'journal') {
    return (
      <div className="panel empty-state">
        <h3>{t('contacts.emptyTitle')}</h3>
        <p>{t('contacts.emptyBody')}</p>
      </div>
    );
  }
  return (
    <div className="empty-state people-no-match">
      <h3>{t('contactsView.noMatchTitle')}</h3>
      <p>{t('contactsView.noMatchBody')}</p>
      <button type="button" className="button-quiet" onClick={props.onClear}>
        {t('contactsView.clear')}
      </button>
    </div>
  );
}
