// The week's outreach challenge in the sidebar footer (~200px): "This week: 1 of 2 new people reached out",
// a quiet bar and a way to change the aim. No streaks, no red; a target of 0 leaves one neutral line.
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../nav/route';
import { ProgressBar } from '../goals/ProgressBar';
import { useWeeklyChallenge } from './use-weekly-challenge';
import './settings.css';

export function WeeklyChallenge() {
  const { t } = useTranslation();
  const { target, reachedOut } = useWeeklyChallenge();
  if (target === 0) {
    return (
      <p className="weekly-challenge weekly-off">
        <a href={routeHref({ view: 'settings' })}>{t('settings.challenge.off')}</a>
      </p>
    );
  }
  const text =
    reachedOut > target
      ? t('settings.challenge.beyond', { done: reachedOut })
      : t('settings.challenge.progress', { done: reachedOut, target });
  return (
    <section className="weekly-challenge" aria-label={t('settings.challenge.label')}>
      <p className="weekly-text">{text}</p>
      <ProgressBar
        label={t('settings.challenge.bar')}
        value={reachedOut}
        max={target}
        text={t('settings.challenge.valueText', { done: Math.min(reachedOut, target), target })}
      />
      <a className="weekly-change" href={routeHref({ view: 'settings' })}>
        {t('settings.challenge.change')}
      </a>
    </section>
  );
}
