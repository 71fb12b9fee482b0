// The day of the weekly review, Monday first, named in the reader's language. Changing it is one undoable edit.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { setReviewDay } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';

/** 1 = Monday … 6 = Saturday, 0 = Sunday (like Date#getDay), listed Monday first. */
const DAYS = [1, 2, 3, 4, 5, 6, 0] as const;

function dayName(day: number, locale: string): string {
  // 2026-11-29 was a Sunday, so day n is 2026-11-29 + n.
  const name = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, 10, 29 + day)),
  );
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

export function ReviewDayField({ day }: { day: number }) {
  const { t, i18n } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const id = useId();
  return (
    <div className="field settings-day">
      <label htmlFor={id}>{t('settings.review.label')}</label>
      <select
        id={id}
        value={day}
        onChange={(e) => {
          const next = Number(e.target.value);
          edit(() => setReviewDay(doc, next));
        }}
      >
        {DAYS.map((d) => (
          <option key={d} value={d}>
            {dayName(d, i18n.language)}
          </option>
        ))}
      </select>
    </div>
  );
}
