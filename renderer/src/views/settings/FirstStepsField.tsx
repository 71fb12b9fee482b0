// Brings the first-steps guide back to Today after "Hide these steps" (or puts it away from here): one
// undoable edit of the journal's synced settings.
import { useTranslation } from 'react-i18next';
import { setFirstStepsHidden } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';

export function FirstStepsField({ hidden }: { hidden: boolean }) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  return (
    <label className="settings-check">
      <input
        type="checkbox"
        checked={!hidden}
        onChange={(e) => {
          const show = e.target.checked;
          edit(() => setFirstStepsHidden(doc, !show));
        }}
      />
      <span>{t('settings.review.firstSteps')}</span>
    </label>
  );
}
