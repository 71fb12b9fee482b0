// The calm notice inside "New contact" when the person may already be in the journal: who, why, a link to
// open them, and "Add anyway" (merging two records happens later, on the contact page).
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../nav/route';
import type { FormDuplicate } from './new-contact-duplicates';

interface Props {
  duplicates: readonly FormDuplicate[];
  /** The user pressed "Add contact" despite the notice: ask once more, plainly. */
  confirming: boolean;
  anywayRef: RefObject<HTMLButtonElement | null>;
  onAddAnyway: () => void;
}

export function DuplicateWarning({ duplicates, confirming, anywayRef, onAddAnyway }: Props) {
  const { t } = useTranslation();
  return (
    <div className="form-duplicates-region" role="status" aria-live="polite">
      {duplicates.length > 0 && (
        <div className="form-duplicates">
          <p className="form-duplicates-title">{t('contactsView.duplicate.title')}</p>
          <ul>
            {duplicates.map((d) => (
              <li key={d.id}>
                <span>
                  {t(d.reason === 'profile' ? 'contactsView.duplicate.byProfile' : 'contactsView.duplicate.byPerson', {
                    name: d.name,
                  })}
                </span>{' '}
                <a href={routeHref({ view: 'contact', id: d.id })}>
                  {t('contactsView.duplicate.open', { name: d.name })}
                </a>
              </li>
            ))}
          </ul>
          {confirming && <p className="form-duplicates-confirm">{t('contactsView.duplicate.confirm')}</p>}
          <button ref={anywayRef} type="button" className="button-quiet button-small" onClick={onAddAnyway}>
            {t('contactsView.duplicate.anyway')}
          </button>
        </div>
      )}
    </div>
  );
}
