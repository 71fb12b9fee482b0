// The weekly outreach target: a small number field that saves as soon as it holds a valid number, and
// says kindly what it accepts when it does not.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setWeeklyChallengeTarget } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { parseWeeklyTarget, WEEKLY_TARGET_MAX } from './weekly-target';

export function WeeklyTargetField({ target }: { target: number }) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const id = useId();
  const [typed, setTyped] = useState<string | null>(null);
  const invalid = typed !== null && parseWeeklyTarget(typed) === undefined;

  return (
    <div className="field settings-target">
      <label htmlFor={id}>{t('settings.weekly.label')}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={WEEKLY_TARGET_MAX}
        step={1}
        value={typed ?? String(target)}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-hint`}
        onFocus={() => setTyped(String(target))}
        onBlur={() => setTyped(null)}
        onChange={(e) => {
          setTyped(e.target.value);
          const n = parseWeeklyTarget(e.target.value);
          if (n !== undefined && n !== target) edit(() => setWeeklyChallengeTarget(doc, n));
        }}
      />
      <p
        id={`${id}-hint`}
        className={invalid ? 'form-error settings-target-hint' : 'hint settings-target-hint'}
        role={invalid ? 'alert' : undefined}
      >
        {invalid
          ? t('settings.weekly.invalid', { max: WEEKLY_TARGET_MAX })
          : t('settings.weekly.hint', { max: WEEKLY_TARGET_MAX })}
      </p>
    </div>
  );
}
