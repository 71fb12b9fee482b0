// Shown only in the browser build: where the data lives, plainly.
import { useTranslation } from 'react-i18next';

export function BrowserNotice() {
  const { t } = useTranslation();
  return (
    <p className="notice" role="note">
      {t('browserNotice')}
    </p>
  );
}
