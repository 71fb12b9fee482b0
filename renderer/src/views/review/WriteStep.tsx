// Step 5, write: the weekly reflection, pre-filled with the review's summary and linked to what it named.
// Writing it, or finishing without writing, records the review's date in the same undoable step, so Today
// stops suggesting the review until the next review day.
import { useTranslation } from 'react-i18next';
import { isoWeek, recordReview } from '@shared/schema';
import { reviewLinks, type WeekReview } from '@shared/practice/review-summary';
import { useJournal } from '../../data/journal-context';
import { separateUndoSteps } from '../../data/undo';
import { useEdit } from '../../data/use-edit';
import { navigate } from '../../nav/use-route';
import { useStartReflection } from '../reflections/use-start-reflection';
import { summaryLines } from './summary-lines';

export function WriteStep({ review, onFinished }: { review: WeekReview; onFinished: () => void }) {
  const { t, i18n } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const start = useStartReflection();
  const lines = summaryLines(review, t, i18n.language);

  // Finishing is its own undo step however soon it follows the last change made during the review.
  const write = (): void => {
    separateUndoSteps(doc);
    const id = edit(() => {
      recordReview(doc, review.today);
      return start({
        kind: 'weekly-review',
        template: 'weekly-review',
        title: t('review.write.reflectionTitle', { week: isoWeek(review.today).week }),
        date: review.today,
        lines,
        ...reviewLinks(review),
        stay: true,
      });
    });
    navigate({ view: 'reflection', id });
  };
  const finish = (): void => {
    separateUndoSteps(doc);
    edit(() => recordReview(doc, review.today));
    onFinished();
  };

  return (
    <>
      <p className="review-intro">{t('review.write.intro')}</p>
      <figure className="review-preview">
        <figcaption>{t('review.write.preview')}</figcaption>
        {lines.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </figure>
      <div className="review-finish">
        <button type="button" className="button-primary" onClick={write}>
          {t('review.write.write')}
        </button>
        <button type="button" className="button-quiet" onClick={finish}>
          {t('review.write.finish')}
        </button>
      </div>
    </>
  );
}
