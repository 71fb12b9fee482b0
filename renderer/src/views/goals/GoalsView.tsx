// The goals list (#/goals): active goals first, then achieved and dropped ones, quieter; "New goal" opens
// a short form and then the new goal's page.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { goalProgress } from '@shared/schema';
import { useContacts } from '../../data/use-contacts';
import { useGoals } from './use-goals';
import { splitGoals } from './goal-list';
import { GoalRow } from './GoalRow';
import { NewGoalForm } from './NewGoalForm';
import './goals.css';

export function GoalsView() {
  const { t } = useTranslation();
  const goals = useGoals();
  const contacts = useContacts();
  const [adding, setAdding] = useState(false);
  const progress = useMemo(() => new Map(goals.map((g) => [g.id, goalProgress(g, contacts)])), [goals, contacts]);
  const { active, settled } = splitGoals(goals);
  const row = (goal: (typeof goals)[number]) => {
    const p = progress.get(goal.id);
    return p ? <GoalRow key={goal.id} goal={goal} progress={p} /> : null;
  };

  return (
    <section className="view goals-view" aria-labelledby="goals-heading">
      <div className="view-head">
        <div>
          <h2 id="goals-heading">{t('goals.title')}</h2>
          <p className="muted goals-lead">{t('goals.lead')}</p>
        </div>
        {!adding && (
          <button type="button" className="button-primary" onClick={() => setAdding(true)}>
            {t('goals.new')}
          </button>
        )}
      </div>
      {adding && <NewGoalForm onCancel={() => setAdding(false)} />}
      {goals.length === 0 && !adding && (
        <div className="panel empty-state">
          <h3>{t('goals.empty.title')}</h3>
          <p>{t('goals.empty.body')}</p>
        </div>
      )}
      {goals.length > 0 && (
        <div className="panel goals-panel">
          <h3 className="goals-section-title">{t('goals.active')}</h3>
          {active.length > 0 ? (
            <ul className="entity-list" aria-label={t('goals.active')}>
              {active.map(row)}
            </ul>
          ) : (
            <p className="muted">{t('goals.noActive')}</p>
          )}
          {settled.length > 0 && (
            <>
              <h3 className="goals-section-title goals-section-quiet">{t('goals.settled')}</h3>
              <ul className="entity-list goal-list-settled" aria-label={t('goals.settled')}>
                {settled.map(row)}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
