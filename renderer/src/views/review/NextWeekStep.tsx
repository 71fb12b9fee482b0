// Step 4, next week: what is still coming this week, next week's events, and the energy they will take
// against the weekly budget — so rest can be planned around them.
import { useTranslation } from 'react-i18next';
import type { WeekReview } from '@shared/practice/review-summary';
import { ProgressBar } from '../goals/ProgressBar';
import { EnergyNotes } from './EnergyNotes';
import { EventList } from './EventList';
import { dayMonth } from './review-format';

export function NextWeekStep({ review }: { review: WeekReview }) {
  const { t, i18n } = useTranslation();
  const { nextWeek, laterThisWeek } = review;
  const { planned, budget, full } = nextWeek.energy;
  const nextTitle = t('review.ahead.nextWeek', {
    start: dayMonth(nextWeek.start, i18n.language),
    end: dayMonth(nextWeek.end, i18n.language),
  });
  return (
    <>
      <p className="review-intro">{t('review.ahead.intro')}</p>
      {laterThisWeek.length > 0 && (
        <div className="review-block">
          <h4>{t('review.ahead.laterThisWeek')}</h4>
          <EventList label={t('review.ahead.laterThisWeek')} events={laterThisWeek} />
        </div>
      )}
      <div className="review-block">
        <h4>{nextTitle}</h4>
        {nextWeek.events.length > 0 ? (
          <EventList label={nextTitle} events={nextWeek.events} />
        ) : (
          <p className="review-calm">{t('review.ahead.noEvents')}</p>
        )}
      </div>
      <div className="review-block">
        <h4>{t('review.ahead.energy')}</h4>
        {budget > 0 ? (
          <>
            <p>{t('review.ahead.energyText', { planned, budget })}</p>
            <ProgressBar
              className="review-energy-bar"
              label={t('review.ahead.energyBar')}
              value={planned}
              max={budget}
              text={t('review.ahead.energyText', { planned, budget })}
            />
          </>
        ) : (
          <p>{t('review.ahead.energyNoBudget', { count: planned })}</p>
        )}
        <EnergyNotes notes={[full ? t('review.ahead.full') : '', budget === 0 ? t('review.numbers.budgetOff') : '']} />
      </div>
    </>
  );
}
