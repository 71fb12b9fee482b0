// One goal in the list: its title (a link to the goal page), horizon, and how far it has come.
import { useTranslation } from 'react-i18next';
import type { Goal, GoalProgress } from '@shared/schema';
import { routeHref } from '../../nav/route';
import { horizonText, peopleCount } from './goal-list';
import { ProgressBar } from './ProgressBar';

export function GoalRow({ goal, progress }: { goal: Goal; progress: GoalProgress }) {
  const { t, i18n } = useTranslation();
  const horizon = horizonText(goal.horizon, i18n.language);
  const people = peopleCount(progress);
  const steps =
    progress.stepsTotal > 0
      ? t('goals.progress.steps', { done: progress.stepsDone, total: progress.stepsTotal })
      : t('goals.progress.noSteps');
  return (
    <li className={`entity-row goal-row goal-row-${goal.status}`}>
      <div className="entity-row-main">
        <a className="goal-row-title" href={routeHref({ view: 'goal', id: goal.id })}>
          {goal.title || t('goals.untitled')}
        </a>
        {goal.status !== 'active' && <span className="goal-status-tag">{t(`goals.status.${goal.status}`)}</span>}
        {horizon && <span className="goal-row-horizon">{horizon}</span>}
      </div>
      <p className="goal-row-progress">
        <span>{steps}</span>
        {people > 0 && <span> · {t('goals.progress.people', { count: people })}</span>}
      </p>
      {goal.status === 'active' && progress.stepsTotal > 0 && (
        <ProgressBar
          className="goal-row-bar"
          label={t('goals.progress.bar')}
          value={progress.stepsDone}
          max={progress.stepsTotal}
          text={steps}
        />
      )}
    </li>
  );
}
