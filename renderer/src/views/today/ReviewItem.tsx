// The weekly review's entry: available any day, highlighted (first on the page, a warmer panel) while it is
// suggested — from the review day until a review is finished.
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../nav/route';

export function ReviewItem({ highlighted }: { highlighted: boolean }) {
  const { t } = useTranslation();
  return (
    <section
      className={highlighted ? 'panel today-review today-review-now' : 'panel today-review'}
      data-today-item
      aria-label={t('today.review.heading')}
    >
      <a data-main className="today-review-link" href={routeHref({ view: 'review' })}>
        {t('today.review.open')}
      </a>
      <p className={highlighted ? undefined : 'hint'}>
        {highlighted ? t('today.review.suggested') : t('today.review.anyDay')}
      </p>
    </section>
  );
}
