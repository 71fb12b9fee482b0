// After "Finish without writing": the review is recorded; a calm word on when the next one comes.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, latestReviewDay, reviewDay, settingsMap } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useYSnapshot } from '../../data/use-collection';
import { routeHref } from '../../nav/route';
import { longDay } from './review-format';

export function ReviewDone({ today }: { today: string }) {
  const { t, i18n } = useTranslation();
  const { doc } = useJournal();
  const day = useYSnapshot(settingsMap(doc), () => reviewDay(doc));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const next = addDays(latestReviewDay(today, day), 7);
  return (
    <div className="panel review-panel review-done">
      <h3 ref={heading} tabIndex={-1}>
        {t('review.write.doneTitle')}
      </h3>
      <p>{t('review.write.done', { date: longDay(next, i18n.language) })}</p>
      <p>
        <a href={routeHref({ view: 'today' })}>{t('review.write.toToday')}</a>
      </p>
    </div>
  );
}
