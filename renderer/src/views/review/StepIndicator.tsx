// Where the user is in the review: the five steps, the current one marked; any step is one click away.
import { useTranslation } from 'react-i18next';
import { STEPS } from './steps';

export function StepIndicator({ current, onGo }: { current: number; onGo: (step: number) => void }) {
  const { t } = useTranslation();
  return (
    <nav className="review-steps" aria-label={t('review.stepsLabel')}>
      <ol>
        {STEPS.map((name, index) => (
          <li key={name}>
            <button
              type="button"
              className={index < current ? 'review-step review-step-done' : 'review-step'}
              aria-current={index === current ? 'step' : undefined}
              onClick={() => onGo(index)}
            >
              <span className="review-step-number" aria-hidden="true">
                {index + 1}
              </span>
              <span>{t(`review.steps.${name}`)}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
