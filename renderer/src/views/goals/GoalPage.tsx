// The live goal page: the title as the heading, why and strategy and the plan in the main column; status,
// horizon, progress and linked people and circles beside them.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { goalStrategy, hasRichText, trash, updateGoal, type EntityMap, type Goal } from '@shared/schema';
import { useJournal } from '../../data/journal-context';
import { useEdit } from '../../data/use-edit';
import { routeHref } from '../../nav/route';
import { RichTextField } from '../../editor/RichTextField';
import { LiveField } from '../../ui/LiveField';
import { useFragment } from './use-fragment';
import { useLiveText } from '../../ui/use-live-text';
import { GoalStatusField } from './GoalStatusField';
import { GoalProgressPanel } from './GoalProgressPanel';
import { GoalLinks } from './GoalLinks';
import { PlanSteps } from './PlanSteps';
import { LinkedReflections } from '../reflections/LinkedReflections';
import './goals.css';

export function GoalPage({ goal, entry }: { goal: Goal; entry: EntityMap }) {
  const { t } = useTranslation();
  const { doc } = useJournal();
  const edit = useEdit();
  const save = (patch: Parameters<typeof updateGoal>[2]): void => edit(() => updateGoal(doc, goal.id, patch));
  const title = useLiveText(goal.title, (value) => save({ title: value }), { accept: (value) => value.trim() !== '' });
  const strategy = useFragment(
    entry,
    () => hasRichText(doc, 'goals', goal.id, 'strategy'),
    useCallback(() => goalStrategy(doc, goal.id), [doc, goal.id]),
  );

  return (
    <section className="view goal-page" aria-labelledby="goal-title">
      <a className="entity-back" href={routeHref({ view: 'goals' })}>
        {t('goals.page.back')}
      </a>
      <header className="entity-head">
        <h2 id="goal-title" className="entity-title">
          <input className="entity-title-input" aria-label={t('goals.page.titleLabel')} {...title} />
        </h2>
        <button type="button" className="button-quiet" onClick={() => edit(() => trash(doc, 'goals', goal.id))}>
          {t('goals.page.trash')}
        </button>
      </header>
      <div className="entity-layout goal-layout">
        <div className="goal-main">
          <section className="panel entity-panel goal-panel">
            <LiveField
              label={t('goals.page.why')}
              value={goal.why}
              onSave={(value) => save({ why: value })}
              multiline
              rows={3}
              placeholder={t('goals.page.whyPlaceholder')}
            />
            <div className="field">
              <p className="entity-field-label" aria-hidden="true">
                {t('goals.page.strategy')}
              </p>
              {strategy && (
                <RichTextField
                  fragment={strategy}
                  label={t('goals.page.strategy')}
                  placeholder={t('goals.page.strategyPlaceholder')}
                  size="tall"
                />
              )}
            </div>
          </section>
          <PlanSteps goal={goal} />
          <LinkedReflections link={{ field: 'goalIds', id: goal.id }} />
        </div>
        <aside className="goal-side">
          <section className="panel entity-panel goal-panel">
            <GoalStatusField status={goal.status} onChange={(status) => save({ status })} />
            <LiveField
              label={t('goals.page.horizon')}
              value={goal.horizon ?? ''}
              onSave={(value) => save({ horizon: value.trim() === '' ? null : value })}
              placeholder={t('goals.page.horizonPlaceholder')}
              hint={t('goals.page.horizonHint')}
            />
          </section>
          <GoalProgressPanel goal={goal} />
          <GoalLinks goal={goal} />
        </aside>
      </div>
    </section>
  );
}
