// How far the goal has come: plan steps done, and where its people stand in the pipeline.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { goalProgress, type Goal } from '@shared/schema';
import { useContacts } from '../../data/use-contacts';
import { peopleCount, stageCounts } from './goal-list';
import { ProgressBar } from './ProgressBar';

export function GoalProgressPanel({ goal }: { goal: Goal }) {
  const { t } = useTranslation();
  const contacts = useContacts();
  const progress = useMemo(() => goalProgress(goal, contacts), [goal, contacts]);
  const steps =
    progress.stepsTotal > 0
      ? t('goals.progress.steps', { done: progress.stepsDone, total: progress.stepsTotal })
      : t('goals.progress.noSteps');
  const people = peopleCount(progress);
  return (
    <section className="panel entity-panel goal-panel" aria-labelledby="goal-progress-title">
      <h3 id="goal-progress-title">{t('goals.progress.heading')}</h3>
      <p className="goal-progress-line">{steps}</p>
      {progress.stepsTotal > 0 && (
        <ProgressBar
          label={t('goals.progress.bar')}
          value={progress.stepsDone}
          max={progress.stepsTotal}
          text={steps}
        />
      )}
      {people > 0 ? (
        <p className="goal-progress-line">
          {t('goals.progress.people', { count: people })}:{' '}
          {stageCounts(progress)
            .map(({ stage, count }) => t(`goals.stageCount.${stage}`, { count }))
            .join(', ')}
        </p>
      ) : (
        <p className="muted goal-progress-line">{t('goals.progress.noPeople')}</p>
      )}
    </section>
  );
}
