// The weekly review (#/review): a guided flow in five steps — the week in numbers, who went quiet, goals,
// next week, write — with Back/Next, a step indicator and keys (PageUp/PageDown, Ctrl+←/→).
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoWeek, lastReviewOn, localDay, settingsMap } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useYSnapshot } from '../../data/use-collection';
import { formatDay } from '../contact/contact-wording';
import { GoalsStep } from './GoalsStep';
import { NextWeekStep } from './NextWeekStep';
import { NumbersStep } from './NumbersStep';
import { QuietStep } from './QuietStep';
import { ReviewDone } from './ReviewDone';
import { StepIndicator } from './StepIndicator';
import { WriteStep } from './WriteStep';
import { dayMonth } from './review-format';
import { STEPS } from './steps';
import { useStepKeys } from './use-step-keys';
import { useWeekReview } from './use-week-review';
import './review.css';

export function ReviewView() {
  const { t, i18n } = useTranslation();
  const { doc } = useJournal();
  const [today] = useState(() => localDay(new Date()));
  const review = useWeekReview(today);
  // Who was quiet when the review began stays listed (and in the reflection) after being snoozed.
  const [quietAtStart] = useState(() => review.quiet);
  const last = useYSnapshot(settingsMap(doc), () => lastReviewOn(doc));
  const [step, setStep] = useState(0);
  const [finished, setFinished] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const go = useCallback((to: number) => {
    moved.current = true;
    setStep(Math.max(0, Math.min(STEPS.length - 1, to)));
  }, []);
  const back = useCallback(() => go(step - 1), [go, step]);
  const next = useCallback(() => go(step + 1), [go, step]);
  useStepKeys(back, next);
  // A new step's heading takes the focus, so a screen reader says where the user is.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [step]);

  const name = STEPS[step] ?? 'numbers';
  const summarised = { ...review, quiet: quietAtStart };
  return (
    <section className="view review-view" aria-labelledby="review-heading">
      <div className="view-head">
        <div>
          <h2 id="review-heading">{t('review.title')}</h2>
          <p className="muted">
            {t('review.week', {
              week: isoWeek(today).week,
              start: dayMonth(review.week.start, i18n.language),
              end: dayMonth(review.week.end, i18n.language),
            })}
            {last && <> · {t('review.lastReview', { date: formatDay(last, i18n.language, 'long') })}</>}
          </p>
        </div>
      </div>
      {finished ? (
        <ReviewDone today={today} />
      ) : (
        <>
          <StepIndicator current={step} onGo={go} />
          <div className="panel review-panel">
            <p id="review-step-of" className="review-step-of">
              {t('review.stepOf', { step: step + 1, total: STEPS.length })}
            </p>
            <h3 ref={heading} tabIndex={-1} className="review-step-title" aria-describedby="review-step-of">
              {t(`review.steps.${name}`)}
            </h3>
            {name === 'numbers' && <NumbersStep review={review} />}
            {name === 'quiet' && <QuietStep review={review} atStart={quietAtStart} />}
            {name === 'goals' && <GoalsStep review={review} />}
            {name === 'next' && <NextWeekStep review={review} />}
            {name === 'write' && <WriteStep review={summarised} onFinished={() => setFinished(true)} />}
          </div>
          <div className="review-nav">
            <button type="button" className="button-quiet" onClick={back} disabled={step === 0}>
              {t('review.back')}
            </button>
            <p className="hint review-keys">{t('review.keysHint')}</p>
            {step < STEPS.length - 1 && (
              <button type="button" className="button-primary" onClick={next}>
                {t('review.next')}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
