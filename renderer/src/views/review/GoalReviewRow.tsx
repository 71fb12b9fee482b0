// One active goal in the review: its plan steps done, where its people stand, and — when nobody has been
// reached out to for it yet — a suggestion to pick one person, linked on both sides in one undoable step.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { linkContactToGoal, unlinkContactFromGoal, type Contact } from '@shared/schema';
import type { GoalReview } from '@shared/practice/review-summary';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { routeHref } from '../../nav/route';
import { EntityPicker } from '../../ui/EntityPicker';
import type { PickerOption } from '../../ui/picker-match';
import { ProgressBar } from '../goals/ProgressBar';
import { stageCounts } from '../goals/goal-list';

interface Props {
  entry: GoalReview;
  people: readonly PickerOption[];
  contacts: readonly Contact[];
  picker: boolean;
}

export function GoalReviewRow({ entry, people, contacts, picker }: Props) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const { goal, progress, needsPerson } = entry;
  const title = goal.title || t('goals.untitled');
  const steps =
    progress.stepsTotal > 0
      ? t('review.goals.steps', { done: progress.stepsDone, total: progress.stepsTotal })
      : t('review.goals.noSteps');
  const counts = stageCounts(progress);
  // Either side naming the link counts, as in goalProgress.
  const linked = useMemo(
    () => [...new Set([...goal.contactIds, ...contacts.filter((c) => c.goalIds.includes(goal.id)).map((c) => c.id)])],
    [goal.contactIds, goal.id, contacts],
  );
  // People linked but not written to yet (identified, or resting): the suggestion names a few of them.
  const inMind = useMemo(() => {
    const ids = new Set(linked);
    return contacts
      .filter((c) => ids.has(c.id))
      .slice(0, 3)
      .map((c) => c.name);
  }, [linked, contacts]);

  return (
    <li className="review-row">
      <div className="review-row-head">
        <a className="review-row-title" href={routeHref({ view: 'goal', id: goal.id })}>
          {title}
        </a>
        <span className="muted">{steps}</span>
      </div>
      {progress.stepsTotal > 0 && (
        <ProgressBar
          className="review-goal-bar"
          label={t('review.goals.bar', { goal: title })}
          value={progress.stepsDone}
          max={progress.stepsTotal}
          text={steps}
        />
      )}
      <p className="muted">
        {counts.length > 0
          ? counts.map(({ stage, count }) => t(`goals.stageCount.${stage}`, { count })).join(', ')
          : t('review.goals.noPeople')}
      </p>
      {needsPerson && (
        <p className="review-suggestion">
          {inMind.length > 0 ? t('review.goals.inMind', { names: inMind.join(', ') }) : t('review.goals.needsPerson')}
        </p>
      )}
      {picker && (
        <EntityPicker
          label={t('review.goals.pick', { goal: title })}
          options={people}
          selected={linked}
          onAdd={(id) => edit(() => linkContactToGoal(doc, id, goal.id))}
          onRemove={(id) => edit(() => unlinkContactFromGoal(doc, id, goal.id))}
          renderChip={(option) => (
            <>
              <a href={routeHref({ view: 'contact', id: option.id })}>{option.label}</a>
              {option.detail && <span className="entity-chip-stage"> · {option.detail}</span>}
            </>
          )}
        />
      )}
    </li>
  );
}
