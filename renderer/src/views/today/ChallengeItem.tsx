// The weekly outreach challenge on Today: how the week is going and a way to the People list to choose one
// person. With the challenge off (a target of 0) there is nothing to say, so nothing is shown.
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../nav/route';
import { ProgressBar } from '../goals/ProgressBar';
import { useWeeklyChallenge } from '../settings/use-weekly-challenge';

export function ChallengeItem() {
  const { t } = useTranslation();
  const { target, reachedOut } = useWeeklyChallenge();
  if (target === 0) return null;
  const text =
    reachedOut > target
      ? t('settings.challenge.beyond', { done: reachedOut })
      : t('settings.challenge.progress', { done: reachedOut, target });
  return (
    <section className="panel today-aside" data-today-item aria-labelledby="today-challenge">
      <h3 id="today-challenge">{t('today.challenge.heading')}</h3>
      <p>{text}</p>
      <ProgressBar
        label={t('settings.challenge.bar')}
        value={reachedOut}
        max={target}
        text={t('settings.challenge.valueText', { done: Math.min(reachedOut, target), target })}
      />
      {reachedOut >= target ? <p className="hint">{t('today.challenge.done')}</p> : null}
      <a data-main className="today-quiet-link" href={routeHref({ view: 'contacts' })}>
        {t('today.challenge.choose')}
      </a>
    </section>
  );
}
