// Step 1, the week in numbers: interactions, new people reached out, stage moves, events and the energy
// they took against the weekly budget — said as it was, never as a score.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WeekReview } from '@shared/practice/review-summary';
import { routeHref } from '../../nav/route';
import { ProgressBar } from '../goals/ProgressBar';
import { EnergyNotes } from './EnergyNotes';
import { PeopleMoved } from './PeopleMoved';

function Figure({ label, value, detail }: { label: string; value: ReactNode; detail?: string }) {
  return (
    <div className="review-figure">
      <dt>{label}</dt>
      <dd>
        <span className="review-figure-value">{value}</span>
        {detail && <span className="review-figure-detail"> {detail}</span>}
      </dd>
    </div>
  );
}

export function NumbersStep({ review }: { review: WeekReview }) {
  const { t } = useTranslation();
  const { energy } = review;
  const quietWeek =
    review.interactions === 0 &&
    review.reachedOut.length === 0 &&
    review.moved.length === 0 &&
    review.eventsHeld.length === 0;
  return (
    <>
      <p className="review-intro">{t('review.numbers.intro')}</p>
      <dl className="review-figures" aria-label={t('review.numbers.figures')}>
        <Figure
          label={t('review.numbers.interactions')}
          value={review.interactions}
          detail={review.interactions > 0 ? t('review.numbers.withPeople', { count: review.peopleInTouch }) : undefined}
        />
        <Figure label={t('review.numbers.reachedOut')} value={review.reachedOut.length} />
        <Figure label={t('review.numbers.moved')} value={review.moved.length} />
        <Figure label={t('review.numbers.events')} value={review.eventsHeld.length} />
        <Figure
          label={t('review.numbers.energy')}
          value={
            energy.budget > 0
              ? t('review.numbers.energyOf', { spent: energy.spent, budget: energy.budget })
              : t('review.numbers.energyPoints', { count: energy.spent })
          }
        />
      </dl>
      {energy.budget > 0 && (
        <ProgressBar
          className="review-energy-bar"
          label={t('review.numbers.energyBar')}
          value={energy.spent}
          max={energy.budget}
          text={t('review.numbers.energyText', { spent: energy.spent, budget: energy.budget })}
        />
      )}
      <EnergyNotes
        notes={[
          energy.planned > 0 ? t('review.numbers.plannedLater', { count: energy.planned }) : '',
          energy.full ? t('review.numbers.full') : '',
          energy.budget === 0 ? t('review.numbers.budgetOff') : '',
        ]}
      />
      {quietWeek && <p className="review-calm">{t('review.numbers.quietWeek')}</p>}
      {review.eventsHeld.length > 0 && (
        <div className="review-people">
          <h4>{t('review.numbers.eventsHeld')}</h4>
          <ul className="review-inline-list" aria-label={t('review.numbers.eventsHeld')}>
            {review.eventsHeld.map((e) => (
              <li key={e.id}>
                <a href={routeHref({ view: 'event', id: e.id })}>{e.title || t('review.ahead.untitled')}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <PeopleMoved reachedOut={review.reachedOut} moved={review.moved} />
    </>
  );
}
