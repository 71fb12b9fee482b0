// The quiet status line that tells the user their words are safe.
import { useTranslation } from 'react-i18next';
import { useJournal } from '../data/journal-context';
import { useSaveState } from '../data/use-save-state';

export function SaveIndicator() {
  const { t } = useTranslation();
  const { status } = useJournal();
  const state = useSaveState();
  const text = state === 'error' ? t('status.error', { message: status.lastError() ?? '' }) : t(`status.${state}`);
  return (
    <p className={`save-indicator save-${state}`} role="status" aria-live="polite">
      <span className="save-dot" aria-hidden="true" />
      {text}
    </p>
  );
}
